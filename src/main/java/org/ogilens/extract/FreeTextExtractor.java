package org.ogilens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures stated in sentences: the main source in free-text reports (2008–2018), and the prose around the tables
 * of the standard layouts. A rule finds a keyword, a number and its unit within one sentence. Every statement is
 * kept with its scope (the whole area 全区/全市, the issuer's own organ 本级/本机关, or a part 各乡镇/区直各部门), so
 * that the reconciliation can take the issuer's own total and notice two statements that disagree. A figure
 * with 约 / 余 / 多 / 近 is approximate; a cumulative one (历年, 累计, 以来, 截至 an earlier date) is not the year's
 * and is skipped; a figure for several categories at once (予以公开及部分公开113宗) is no category's.
 *
 * <p>Negative statements about a whole group (未收到…政府信息公开申请; 未发生…行政复议、行政诉讼; 无收费及减免情况;
 * 暂不收费) are kept as such: they state zero for the group's head figure and imply it for its members.
 */
public final class FreeTextExtractor {
    private static final String NUM = "(?<pre>约|近|逾|超过|多达|将近)?(?<n>\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(?<post>余|多)?";
    private static final Pattern CHANNELS = Pattern.compile("网站|微博|微信|公报|新媒体|头条|客户端|报刊|广播|电视|公开栏|平台|APP|抖音");

    /**
     * A rule: the metric, its pattern, and words that must not stand between keyword and number (or null). {@code gate}:
     * words one of which every match of the pattern contains (its first required literal, from {@link #requiredWords});
     * a sentence without any of them is not searched. Empty: no gate.
     */
    record Rule(String key, Pattern pattern, Pattern forbidBetween, List<String> gate) {
        boolean mayMatch(String sentence) {
            if (gate.isEmpty()) return true;
            for (String g : gate) if (sentence.contains(g)) return true;
            return false;
        }
    }

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String key, String regex) { rule(key, regex, null); }

    private static void rule(String key, String regex, String forbidBetween) {
        RULES.add(new Rule(key, Pattern.compile(regex), forbidBetween == null ? null : Pattern.compile(forbidBetween), requiredWords(regex)));
    }

    /**
     * Chinese words one of which every match of {@code regex} contains: the longest literal run of Chinese characters
     * that stands at the top level of the pattern (not optional), or a required group whose every alternative starts
     * with one (any of them). Lookarounds, character classes, escapes and optional parts are never taken; a pattern
     * that is an alternation at its top level has no gate. Empty when nothing is certain.
     */
    static List<String> requiredWords(String regex) {
        List<String> best = List.of();
        int n = regex.length();
        for (int i = 0; i < n; ) {
            char c = regex.charAt(i);
            if (c == '|') return List.of();
            if (c == '\\') {
                i += 2;
                if (i < n && regex.charAt(i) == '{' && "pP".indexOf(regex.charAt(i - 1)) >= 0) i = regex.indexOf('}', i) + 1;
                continue;
            }
            if (c == '[') {
                i = classEnd(regex, i) + 1;
                continue;
            }
            if (c == '(') {
                int close = groupEnd(regex, i);
                String inner = regex.substring(i + 1, close);
                i = close + 1;
                if (optional(regex, i)) continue;
                if (inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=") || inner.startsWith("?<!")) continue;
                if (inner.startsWith("?:")) inner = inner.substring(2);
                else if (inner.startsWith("?<")) inner = inner.substring(inner.indexOf('>') + 1);
                List<String> leads = new ArrayList<>();
                for (String alt : topLevelAlternatives(inner)) {
                    String lead = leadingWord(alt);
                    if (lead.isEmpty()) {
                        leads = null;
                        break;
                    }
                    leads.add(lead);
                }
                if (leads != null && better(leads, best)) best = leads;
                continue;
            }
            if (isHan(c)) {
                int j = i;
                while (j < n && isHan(regex.charAt(j))) j++;
                String run = regex.substring(i, optional(regex, j) ? j - 1 : j);
                i = j;
                if (!run.isEmpty() && better(List.of(run), best)) best = List.of(run);
                continue;
            }
            i++;
        }
        return best;
    }

    /** The fewer and longer the words, the rarer the gate opens. */
    private static boolean better(List<String> a, List<String> b) {
        if (b.isEmpty()) return true;
        int ma = a.stream().mapToInt(String::length).min().orElse(0), mb = b.stream().mapToInt(String::length).min().orElse(0);
        return a.size() < b.size() || (a.size() == b.size() && ma > mb);
    }

    private static String leadingWord(String alt) {
        int j = 0;
        while (j < alt.length() && isHan(alt.charAt(j))) j++;
        return alt.substring(0, optional(alt, j) ? Math.max(0, j - 1) : j);
    }

    /** Whether the element ending before {@code i} may be absent: ? * or a {0,…} / {m,n} quantifier follows. */
    private static boolean optional(String r, int i) {
        return i < r.length() && (r.charAt(i) == '?' || r.charAt(i) == '*' || r.charAt(i) == '{');
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int classEnd(String r, int open) {
        for (int i = open + 1; i < r.length(); i++) {
            if (r.charAt(i) == '\\') i++;
            else if (r.charAt(i) == ']') return i;
        }
        throw new IllegalArgumentException("unclosed class in " + r);
    }

    private static int groupEnd(String r, int open) {
        int depth = 0;
        for (int i = open; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(r, i);
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        throw new IllegalArgumentException("unclosed group in " + r);
    }

    private static List<String> topLevelAlternatives(String r) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(r, i);
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(r.substring(start, i));
                start = i + 1;
            }
        }
        out.add(r.substring(start));
        return out;
    }

    static {
        String count = "\\s*(?:条|件|项|个|份)?(?![\\d年月日个%.])";
        rule("proactive_total", "主动(?:公开|发布)(?:和更新|并更新|了)?(?:各类|各种|当年生成的各类)?(?:政府|政务|执法)?(?:信息|文件)(?:总数|总量|数量|数)?(?:共|共计|合计|总计)?(?:为|达|达到|系)?:?" + NUM + count);
        rule("proactive_total", "主动公开[^。;,\\d]{0,40}?等(?:各类)?(?:政府)?信息" + NUM + "\\s*条");
        rule("proactive_total", "(?:共|全年)发布(?:各类)?(?:政府|政务)?信息" + NUM + "\\s*条");
        rule("proactive_total", "政府信息主动公开(?:共)?" + NUM + "\\s*(?:条|份|件)");
        rule("proactive_total", "(?:其中|全年共|全年|共)主动公开(?:了)?" + NUM + "\\s*(?:条|份|件)");
        rule("proactive_total", "(?:今年|全年|本年度?|(?:19|20)\\d{2}年度?)(?:我局|本局|我办|本机关|我委)?(?:共)?(?:主动)?公开" + NUM + "\\s*条(?:政务|政府)信息");
        rule("proactive_website", "网站[^。;,]{0,16}?(?:公开|发布|公布)[^。;,\\d]{0,14}?" + NUM + "\\s*条", "微博|微信|公报|新媒体|依申请|回应|答复");
        rule("proactive_website", "其中网上公开(?:信息)?" + NUM + "\\s*条");
        // 共清理出18条政府公开信息，目前已在“…门户网站”公开公布 (the county template of 2009–2013)
        rule("proactive_website", "(?:清理出|整理出)\\s*" + NUM + "\\s*条[^。;]{0,24}?网站[^。;]{0,6}?公开公布");
        rule("proactive_website", "上网发布(?:的)?" + NUM + "\\s*条");
        rule("proactive_website", "网站(?:公布|公开|发布),主动公开(?:政府)?信息" + NUM + "\\s*条");
        rule("proactive_website", "其中(?:通过)?(?:政府)?网站公开" + NUM + "\\s*条");
        rule("proactive_weibo", "微博[^。;]{0,24}?" + NUM + "\\s*条", "微信|网站|公报|新媒体|两微");
        rule("proactive_weixin", "微信[^。;]{0,24}?" + NUM + "\\s*条", "微博|网站|公报|新媒体|两微");
        rule("proactive_gazette", "公报[^。;,\\d]{0,10}?" + NUM + "\\s*(?:条|件)", "微博|微信|网站|新媒体");
        String req = "\\s*(?:件|宗|个(?!工作日)|份|项|条)";
        rule("requests_new", "(?:受理|收到|接到|接收|新收)[^。;,\\d]{0,16}?申请(?:共|共计|总计|合计|数|数量|为)?:?" + NUM + req);
        rule("requests_new", "(?:受理|收到|接到)(?:了)?(?:依申请公开|申请公开)(?:政府)?(?:信息)?(?:申请)?(?:共|共计)?" + NUM + req);
        rule("requests_new_natural", "自然人(?:提出)?(?:的)?(?:申请)?" + NUM + req);
        rule("requests_new", "受理(?:依申请公开|申请)的数量(?:为|是)?" + NUM + req);
        rule("requests_new", "(?:受理|收到|接到)" + NUM + req + "(?:有关|关于)?(?:政府)?信息公开(?:的)?申请");
        rule("requests_in_person", "(?:当面|现场)[^。;,\\d]{0,6}?申请(?:的)?(?:有|为)?" + NUM + req);
        rule("requests_letter", "(?<!、)(?:信函|邮寄|信件)(?![、,]?传真)[^。;,\\d]{0,6}?" + NUM + req);
        rule("requests_online", "(?:网络|网上|互联网|在线)[^。;,\\d]{0,8}?申请(?:公开)?(?:形式)?(?:的)?(?:申请)?(?:有|为)?" + NUM + req);
        rule("requests_fax", "(?<!信函|信函、)传真[^。;,\\d]{0,6}?" + NUM + req);
        rule("requests_email", "(?:电子邮件|电子邮箱|邮件)[^。;,\\d]{0,6}?" + NUM + req);
        // outcomes as free-text reports state them: 同意公开 12 件, “部分公开”的件数为5件, 不予公开 1 件
        String q = "[“”\"]?";
        rule("outcome_disclosed", "(?<!部分|不)" + q + "(?:同意公开|予以公开|全部公开)" + q + "(?:的)?(?:件数|申请)?(?:有|为)?" + NUM + req);
        rule("outcome_partial", q + "(?:同意)?部分公开" + q + "(?:的)?(?:件数|申请)?(?:有|为)?" + NUM + req);
        rule("outcome_withheld", q + "不予(?:以)?公开" + q + "(?:的)?(?:件数|申请)?(?:有|为)?" + NUM + req);
        rule("outcome_unavailable", "(?:因)?无法提供(?:相关)?(?:信息)?(?:答复)?" + NUM + req);
        rule("outcome_other", q + "其他处理" + q + "(?:的)?(?:件数)?(?:有|为)?" + NUM + req);
        rule("outcome_total", "办结(?:了)?(?:政府信息公开|依申请公开)?申请(?:共)?" + NUM + req);
        rule("outcome_total", "已答复(?:件数|申请)?(?:共|为)?" + NUM + req);
        String cases = "\\s*(?:件|起|宗|次|个)";
        rule("review_total", "行政复议(?:案件|申请)?(?:共|共计|合计)?" + NUM + cases);
        rule("review_total", "(?:有|发生)" + NUM + cases + "(?:因|针对)[^。;,\\d]{0,20}?行政复议");
        rule("litigation_total", "行政诉讼(?:案件)?(?:共|共计|合计)?" + NUM + cases);
        rule("litigation_total", "(?:有|发生)" + NUM + cases + "(?:因|针对)[^。;,\\d]{0,24}?行政诉讼");
        rule("complaints_total", "(?:申诉|举报投诉|投诉举报)(?:案件)?(?:共|共计)?" + NUM + cases);
        rule("fees_collected_yuan", "(?:收取|收费|处理费)[^。;,]{0,16}?" + NUM + "\\s*(?<u>万元|元)");
        rule("staff_total", "(?:从事|负责)[^。;]{0,24}?(?:人员|工作人员)(?:共|共有|为|有)?:?" + NUM + "\\s*(?:人|名)");
        rule("staff_total", "共有(?:政务公开|政府信息公开|信息公开)(?:工作)?人员" + NUM + "\\s*(?:人|名)");
        rule("staff_full_time", "(?:专职|全职)(?:人员|工作人员)?(?:为|有)?" + NUM + "\\s*(?:人|名)");
        rule("staff_part_time", "兼职(?:人员|工作人员)?(?:为|有)?" + NUM + "\\s*(?:人|名)");
        rule("staff_part_time", NUM + "\\s*名(?:人员|工作人员|同志)?兼职从事");
        rule("spending_yuan", "(?:经费|支出|费用|投入)[^。;,]{0,8}?(?:是|为|共|计|达)?:?" + NUM + "\\s*(?<u>万元|元)");
        rule("consultations_total", "(?:共有|共|接受)?" + NUM + "\\s*人次?(?:通过[^。;,]{0,10})?咨询");
        rule("consultations_total", "咨询[^。;,\\d]{0,10}?(?:共|共计|总计)?" + NUM + "\\s*(?:人次|次)");
    }

    /** The scope of a statement: the whole area, the issuer's own organ, a part, or not said. */
    public static final String WHOLE = "whole", OWN = "own", PART = "part", UNMARKED = "unmarked";
    private static final Pattern SCOPE_PART = Pattern.compile(
            "各乡镇|各街道|各镇|各乡|乡镇(?:街道)?(?:共|累计)|[区市县]直(?:各)?(?:部门|单位)|各(?:县|区|市)(?:[(（][^)）]{0,6}[)）])?|各部门|各单位|各职能部门|部门共|下属单位");
    private static final Pattern SCOPE_OWN = Pattern.compile(
            "本级|[区市县省]政府办(?:公室)?|政府办公室|办公室代表|代表[区市县省]?政府|[区市县省]本级");
    private static final Pattern SCOPE_WHOLE = Pattern.compile("全[区市县省州旗盟镇乡]|各级行政机关");
    /** The whole area named with its parts: 全市各级各部门, 全区各级行政机关. */
    private static final Pattern SCOPE_WHOLE_FIRST = Pattern.compile("全[区市县省州旗盟]各级|全[区市县省州旗盟](?:共|累计)?(?:各|所有)");
    /** A share of a larger total: …911人次,占总咨询量的… */
    private static final Pattern SHARE = Pattern.compile("^[^。;]{0,4}占(?:总|全部|全年|比)?");

    private static final Pattern CUMULATIVE = Pattern.compile("历年|以来|至今|自\\d{4}年|近[\\d一二三四五]年");
    /** 累计 is the year's running total only in a sentence about the year (2019年…累计公开, 全年累计). */
    private static final Pattern YEAR_WORDS = Pattern.compile("全年|年内|本年|今年|(?:19|20)\\d{2}年");
    private static final Pattern SINCE_WORDS = Pattern.compile("截至|截止|目前|以来|历年");
    private static final Pattern UNTIL_YEAR = Pattern.compile("(?:截至|截止)(?:到|至)?(\\d{4}|今)年(?:(\\d{1,2})月)?");
    private static final Pattern ALL_CHANNEL = Pattern.compile("(?:全部|均)(?:是|为|通过|系)?(当面|现场|信函|网络|网上)");
    /** A figure for several categories at once: 予以公开及部分公开113宗. */
    private static final Pattern COMBINED = Pattern.compile("(?:公开|提供|处理|申请)[”\"]?(?:及|和|与|、)[“\"]?$");
    /** 依申请公开341条: a count of information items by disclosure class, not of requests or replies. */
    private static final Pattern INFO_COUNT = Pattern.compile("依申请公开(?:政府)?(?:信息)?(?:数)?\\d+(?:条|份)");
    /** Sentences that classify the information a body holds, not requests received. */
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "作为依申请公开|依申请公开信息数|不予(?:以)?公开信息|份为依申请公开|依申请公开及不予公开|制作、获取|制作政府信息");

    /** A statement found in the text; value null when approximate. */
    /**
     * A statement found in the text; value null when approximate. {@code yearEndCumulative}: a running total at the
     * report year's end (截至2014年底…累计…), the year's figure only where nothing else states it.
     */
    public record Statement(String key, Double value, boolean approximate, int offset, String snippet, String scope,
                            boolean yearEndCumulative) {}

    /** A negative statement about a whole group: requests, review, litigation, complaints, fees. */
    public record Negative(String group, int offset, String snippet, String scope) {}

    /** Everything the prose states. */
    public record Prose(Map<String, List<Statement>> statements, List<Negative> negatives, Map<String, List<Double>> cumulative) {
        /** The figures stated for a key in any scope (to choose a table split). */
        public Map<String, List<Double>> figures() {
            Map<String, List<Double>> out = new LinkedHashMap<>();
            for (Map.Entry<String, List<Statement>> e : statements.entrySet()) {
                for (Statement s : e.getValue()) {
                    if (s.value() != null) out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(s.value());
                }
            }
            for (Negative n : negatives) {
                String head = switch (n.group()) {
                    case "requests" -> "requests_new";
                    case "review" -> "review_total";
                    case "litigation" -> "litigation_total";
                    case "complaints" -> "complaints_total";
                    case "withheld" -> "outcome_withheld";
                    default -> "fees_collected_yuan";
                };
                out.computeIfAbsent(head, k -> new ArrayList<>()).add(0.0);
            }
            return out;
        }
    }

    private FreeTextExtractor() {}

    public static Prose extract(String cleaned, boolean fromPdf, Integer reportYear) {
        ProseView pv = new ProseView(cleaned, fromPdf);
        String t = pv.text;
        Map<String, List<Statement>> out = new LinkedHashMap<>();
        List<Negative> negatives = new ArrayList<>();
        Map<String, List<Double>> cumulative = new LinkedHashMap<>();
        int sentenceStart = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && "。;!?\n".indexOf(t.charAt(i)) < 0) continue;
            if (i > sentenceStart) sentence(t, sentenceStart, i, pv, reportYear, out, negatives, cumulative);
            sentenceStart = i + 1;
        }
        return new Prose(out, negatives, cumulative);
    }

    private static void sentence(String t, int s, int e, ProseView pv, Integer year, Map<String, List<Statement>> out,
                                 List<Negative> negatives, Map<String, List<Double>> cumulative) {
        String sent = t.substring(s, e);
        // what came before in the same full sentence (a ; splits it): 截至2014年底,全市开设政务微博…;开设政务微信…
        int full = Math.max(t.lastIndexOf('。', s - 1), t.lastIndexOf('\n', s - 1)) + 1;
        String earlier = t.substring(Math.min(full, s), s);
        Map<String, Statement> here = new LinkedHashMap<>();
        for (Rule r : RULES) {
            if (!r.mayMatch(sent)) continue;
            Matcher m = r.pattern().matcher(sent);
            while (m.find()) {
                Statement had = here.get(r.key());
                if (had != null && !had.yearEndCumulative()) break;
                int strength = applies(r, m, sent, earlier, year);
                if (strength == -1) {
                    // a cumulative figure: not the year's, but it can choose a split of the cumulative column
                    Double cv = ChineseNumber.parse(m.group("n"));
                    if (cv != null && m.group("pre") == null && m.group("post") == null) {
                        cumulative.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(round4(cv));
                    }
                    continue;
                }
                if (strength == 0) continue;
                Double v = ChineseNumber.parse(m.group("n"));
                if (v == null) continue;
                boolean approx = m.group("pre") != null || m.group("post") != null;
                String unit = groupOrNull(m, "u");
                if ("万元".equals(unit)) v = v * 10000;
                if (had != null && strength == 1) continue;
                here.put(r.key(), new Statement(r.key(), approx ? null : round4(v), approx, pv.clean(s + m.start()),
                        snip(sent, m.start(), m.end()), scope(r.key(), sent, m.start(), m.end()), strength == 1));
            }
        }
        // "全部是当面申请": the channel figure is the sentence's request count
        Matcher all = ALL_CHANNEL.matcher(sent);
        Statement rq = here.get("requests_new");
        if (all.find() && rq != null && rq.value() != null) {
            String ch = all.group(1);
            String key = ch.equals("信函") ? "requests_letter" : ch.startsWith("网") ? "requests_online" : "requests_in_person";
            here.putIfAbsent(key, new Statement(key, rq.value(), false, pv.clean(s + all.start()), snip(sent, all.start(), all.end()),
                    rq.scope(), rq.yearEndCumulative()));
        }
        for (Statement st : here.values()) out.computeIfAbsent(st.key(), k -> new ArrayList<>()).add(st);
        NegativeStatements.find(t, s, e, pv, negatives);
    }

    /** 0: the match is not a statement of the key; 1: a year-end running total; 2: a statement of the year. */
    /** -1: a cumulative (all-years) figure; 0: not a statement of the key; 1: a year-end running total; 2: the year's. */
    private static int applies(Rule r, Matcher m, String sent, String earlier, Integer year) {
        String before = sent.substring(0, m.start());
        String inside = sent.substring(m.start(), m.end());
        if (r.forbidBetween() != null && r.forbidBetween().matcher(inside).find()) return 0;
        String clause = clause(sent, m.start());
        // a cumulative figure is not this year's
        if (CUMULATIVE.matcher(clause).find() || CUMULATIVE.matcher(inside).find()) return -1;
        if (clause.contains("分别") || clause.contains("全文电子化")) return 0;
        int strength = 2;
        Matcher until = UNTIL_YEAR.matcher(earlier + before + inside);
        boolean yearEnd = false;
        if (until.find() && year != null) {
            int y = until.group(1).equals("今") ? year : Integer.parseInt(until.group(1));
            // 截至2013年12月31日 (or 年底) in a 2013 report is the year's end; an earlier year, or a date before December, is not
            yearEnd = y == year && (until.group(2) == null || until.group(2).equals("12"));
            if (!yearEnd) return 0;
        }
        if (clause.contains("累计") || inside.contains("累计")) {
            String upTo = earlier + before + inside;
            if (yearEnd) strength = 1;
            else if (!YEAR_WORDS.matcher(upTo).find() || SINCE_WORDS.matcher(upTo).find()) return -1;
        }
        if (r.key().startsWith("outcome_") && (COMBINED.matcher(before).find() || CLASSIFICATION.matcher(sent).find()
                || INFO_COUNT.matcher(sent).find())) return 0;
        switch (r.key()) {
            case "proactive_total" -> {
                // a channel's figure (在政府网站平台主动公开…) is not the total
                if (CHANNELS.matcher(clause).find()) return 0;
                if (clause.contains("依申请")) return 0;
            }
            case "fees_collected_yuan" -> {
                if (inside.contains("行政事业性收费") || sent.contains("经费") || sent.contains("支出")) return 0;
            }
            case "spending_yuan" -> {
                if (sent.contains("收取") || sent.contains("收费") || sent.contains("处理费")) return 0;
            }
            case "requests_new" -> {
                if (sent.contains("咨询") || CLASSIFICATION.matcher(sent).find()) return 0;
                if (inside.contains("复议") || inside.contains("诉讼") || inside.contains("12345") || inside.contains("热线")) return 0;
            }
            case "review_total", "litigation_total" -> {
                if (before.endsWith("未经") || clause.contains("被申请人")) return 0;
            }
            default -> { }
        }
        return strength;
    }

    /** The clause a position lies in: from the last comma, colon or opening bracket before it. */
    static String clause(String sent, int at) {
        int from = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = sent.charAt(i);
            if (c == ',' || c == ':' || c == '，' || c == '：' || c == '(' || c == '（') {
                from = i + 1;
                break;
            }
        }
        return sent.substring(from, at);
    }

    /**
     * The scope a figure at {@code at} is stated for, as marked in its clause: the whole (全区共…, 全市各级各部门),
     * a part (各乡镇…, 区直各部门, or a share of a total: 电话咨询911人次, 占总…), the issuer's own organ within its area (本级,
     * 区政府办代表区政府; 本机关 is the issuer itself), or unmarked.
     */
    static String scope(String sent, int at) {
        return scope(sent, at, at);
    }

    static String scope(String key, String sent, int at, int end) {
        String s = scope(sent, at, end);
        // a share of a total (网络申请3件,占43%) is a part of the total, and the channel's own figure
        if (s.equals(PART) && !TOTALS.contains(key) && !SCOPE_PART.matcher(clause(sent, at)).find()) return UNMARKED;
        return s;
    }

    private static final java.util.Set<String> TOTALS = java.util.Set.of("proactive_total", "requests_new", "consultations_total",
            "review_total", "litigation_total", "staff_total", "outcome_total");

    static String scope(String sent, int at, int end) {
        String clause = clause(sent, at);
        String rest = sent.substring(Math.min(end, sent.length()), Math.min(sent.length(), end + 12));
        int comma = rest.indexOf(',');
        if (comma >= 0) rest = rest.substring(0, Math.min(rest.length(), comma + 8));
        if (SCOPE_WHOLE_FIRST.matcher(clause).find()) return WHOLE;
        if (SCOPE_PART.matcher(clause).find() || SHARE.matcher(rest).find()) return PART;
        if (SCOPE_OWN.matcher(clause).find()) return OWN;
        if (SCOPE_WHOLE.matcher(clause).find()) return WHOLE;
        return UNMARKED;
    }

    private static String groupOrNull(Matcher m, String g) {
        try {
            return m.group(g);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    static String snip(String sent, int a, int b) {
        int from = Math.max(0, a - 12);
        int to = Math.min(sent.length(), b + 4);
        String s = sent.substring(from, to).trim();
        return s.length() > 160 ? s.substring(0, 160) : s;
    }
}

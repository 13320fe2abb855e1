package org.ogilens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures stated in sentences: the only source in free-text reports (2008–2018), and the prose around the
 * tables of the standard formats. A rule finds a keyword, a number and its unit within one sentence; a
 * negative sentence (没有…行政复议, 均为免费) states a zero. For each key the first statement in reading order
 * wins; an approximate one (约, 余, 多) makes the key null with a warning; a cumulative figure (历年, 以来,
 * 截至 an earlier year) is not the year's figure and is skipped.
 */
public final class FreeTextExtractor {
    private static final String NUM = "(?<pre>约|近|逾|超过|多达|将近)?(?<n>\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(?<post>余|多)?";
    private static final Pattern CHANNELS = Pattern.compile("网站|微博|微信|公报|新媒体|头条|客户端|报刊|广播|电视|公开栏|平台|APP|抖音");

    /** A rule: the metric, its pattern, and words that must not stand between keyword and number (or null). */
    record Rule(String key, Pattern pattern, Pattern forbidBetween) {}

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String key, String regex) { rule(key, regex, null); }

    private static void rule(String key, String regex, String forbidBetween) {
        RULES.add(new Rule(key, Pattern.compile(regex), forbidBetween == null ? null : Pattern.compile(forbidBetween)));
    }

    static {
        String count = "\\s*(?:条|件|项|个)?(?![\\d年月日个%.])";
        rule("proactive_total", "主动(?:公开|发布)(?:和更新|并更新|了)?(?:各类|各种)?(?:政府)?信息(?:总数|总量|数量|数)?(?:共|共计|合计|总计)?(?:为|达|达到)?:?" + NUM + count);
        rule("proactive_website", "网站[^。;,]{0,16}?(?:公开|发布)[^。;,\\d]{0,14}?" + NUM + "\\s*条", "微博|微信|公报|新媒体");
        rule("proactive_weibo", "微博[^。;]{0,24}?" + NUM + "\\s*条", "微信|网站|公报|新媒体");
        rule("proactive_weixin", "微信[^。;]{0,24}?" + NUM + "\\s*条", "微博|网站|公报|新媒体");
        rule("proactive_gazette", "公报[^。;,\\d]{0,10}?" + NUM + "\\s*(?:条|件)", "微博|微信|网站|新媒体");
        String req = "\\s*(?:件|宗|个|份|项)";
        rule("requests_new", "(?:受理|收到|接到|接收|新收)[^。;,\\d]{0,16}?申请(?:共|共计|总计|合计|数|数量|为)?:?" + NUM + req);
        rule("requests_in_person", "(?:当面|现场)[^。;,\\d]{0,6}?申请(?:的)?(?:有|为)?" + NUM + req);
        rule("requests_letter", "信函[^。;,\\d]{0,6}?" + NUM + req);
        rule("requests_online", "(?:网络|网上|互联网|在线)[^。;,\\d]{0,8}?申请(?:的)?(?:有|为)?" + NUM + req);
        rule("requests_fax", "传真[^。;,\\d]{0,6}?" + NUM + req);
        rule("requests_email", "(?:电子邮件|电子邮箱|邮件)[^。;,\\d]{0,6}?" + NUM + req);
        // outcomes as free-text reports state them: 同意公开 12 件, 同意部分公开 3 件, 不予公开 1 件
        rule("outcome_disclosed", "(?<!部分|不)(?:同意公开|予以公开|全部公开)(?:的)?(?:申请)?(?:有|为)?" + NUM + req);
        rule("outcome_partial", "部分公开(?:的)?(?:申请)?(?:有|为)?" + NUM + req);
        rule("outcome_withheld", "不予(?:以)?公开(?:的)?(?:申请)?(?:有|为)?" + NUM + req);
        String cases = "\\s*(?:件|起|宗|次|个)";
        rule("review_total", "行政复议(?:案件|申请)?(?:共|共计|合计)?" + NUM + cases);
        rule("litigation_total", "行政诉讼(?:案件)?(?:共|共计|合计)?" + NUM + cases);
        rule("complaints_total", "(?:申诉|举报投诉|投诉举报)(?:案件)?(?:共|共计)?" + NUM + cases);
        rule("fees_collected_yuan", "(?:收取|收费|处理费)[^。;,]{0,16}?" + NUM + "\\s*(?<u>万元|元)");
        rule("staff_total", "(?:从事|负责)[^。;]{0,24}?(?:人员|工作人员)(?:共|共有|为|有)?:?" + NUM + "\\s*(?:人|名)");
        rule("staff_full_time", "(?:专职|全职)(?:人员|工作人员)?(?:为|有)?" + NUM + "\\s*(?:人|名)");
        rule("staff_part_time", "兼职(?:人员|工作人员)?(?:为|有)?" + NUM + "\\s*(?:人|名)");
        rule("spending_yuan", "(?:经费|支出|费用|投入)[^。;,]{0,8}?(?:是|为|共|计|达)?:?" + NUM + "\\s*(?<u>万元|元)");
        rule("consultations_total", "(?:共有|共|接受)?" + NUM + "\\s*人次?(?:通过[^。;,]{0,10})?咨询");
        rule("consultations_total", "咨询[^。;,\\d]{0,10}?(?:共|共计|总计)?" + NUM + "\\s*(?:人次|次)");
    }

    private static final String NEGATION = "没有|未曾|未|无|均未|不存在";
    /** A negative statement: a negation governing the term within the sentence states a zero for the key. */
    record NegativeRule(String key, Pattern pattern) {}

    private static final List<NegativeRule> NEGATIVE_RULES = new ArrayList<>();

    static {
        String[][] terms = {
                {"review_total", "行政复议"},
                {"litigation_total", "行政诉讼"},
                {"complaints_total", "申诉|举报投诉|投诉举报"},
                {"outcome_withheld", "不予公开"},
                {"requests_new", "依申请公开|(?:收到|受理|接到)[^。;,]{0,30}?申请"},
                {"fees_collected_yuan", "收费|收取费用|收取任何费用|(?:信息)?处理费"},
        };
        for (String[] t : terms) {
            NEGATIVE_RULES.add(new NegativeRule(t[0], Pattern.compile("(?<neg>" + NEGATION + ")[^。;\\d]{0,40}?(?:" + t[1] + ")")));
        }
    }
    private static final Pattern FREE_OF_CHARGE = Pattern.compile("(?:均为|全部|一律|实行)?免费");
    private static final Pattern CUMULATIVE = Pattern.compile("历年|以来|至今|自\\d{4}年");
    private static final Pattern UNTIL_YEAR = Pattern.compile("截至(?:到)?(\\d{4})年");
    private static final Pattern ALL_CHANNEL = Pattern.compile("(?:全部|均)(?:是|为|通过|系)?(当面|现场|信函|网络|网上)");

    private FreeTextExtractor() {}

    /** A statement found in the text. */
    record Found(String key, Double value, boolean approximate, int offset, String snippet) {}

    /**
     * Extracts sentence-level figures. Returns them keyed by metric, first statement wins; approximate ones
     * carry a null value.
     */
    public static Map<String, Found> extract(String cleaned, boolean fromPdf, Integer reportYear) {
        ProseView pv = new ProseView(cleaned, fromPdf);
        String t = pv.text;
        Map<String, Found> out = new LinkedHashMap<>();
        int sentenceStart = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && "。;!?\n".indexOf(t.charAt(i)) < 0) continue;
            if (i > sentenceStart) sentence(t, sentenceStart, i, pv, reportYear, out);
            sentenceStart = i + 1;
        }
        return out;
    }

    private static void sentence(String t, int s, int e, ProseView pv, Integer year, Map<String, Found> out) {
        String sent = t.substring(s, e);
        Map<String, Found> here = new LinkedHashMap<>();
        for (Rule r : RULES) {
            if (out.containsKey(r.key()) || here.containsKey(r.key())) continue;
            Matcher m = r.pattern().matcher(sent);
            while (m.find()) {
                if (!applies(r, m, sent, year)) continue;
                Double v = ChineseNumber.parse(m.group("n"));
                if (v == null) continue;
                boolean approx = m.group("pre") != null || m.group("post") != null;
                String unit = groupOrNull(m, "u");
                if ("万元".equals(unit)) v = v * 10000;
                here.put(r.key(), new Found(r.key(), approx ? null : round4(v), approx, pv.clean(s + m.start()), snip(sent, m.start(), m.end())));
                break;
            }
        }
        // "全部是当面申请": the channel figure is the sentence's request count
        Matcher all = ALL_CHANNEL.matcher(sent);
        if (all.find() && here.containsKey("requests_new") && here.get("requests_new").value() != null) {
            String ch = all.group(1);
            String key = ch.equals("信函") ? "requests_letter" : ch.startsWith("网") ? "requests_online" : "requests_in_person";
            here.putIfAbsent(key, new Found(key, here.get("requests_new").value(), false, pv.clean(s + all.start()), snip(sent, all.start(), all.end())));
        }
        // negative statements: zero, unless the same sentence states a number for the key
        for (NegativeRule nr : NEGATIVE_RULES) {
            String key = nr.key();
            if (out.containsKey(key) || here.containsKey(key)) continue;
            Matcher m = nr.pattern().matcher(sent);
            int from = 0;
            while (from < sent.length() && m.find(from)) {
                // a blank table cell (无 between spaces) is not a negative statement
                if (pv.standalone(s + m.start("neg"), s + m.end("neg"))) {
                    from = m.start() + 1;
                    continue;
                }
                if (negationHolds(sent, m)) {
                    here.put(key, new Found(key, 0.0, false, pv.clean(s + m.start()), snip(sent, m.start(), m.end())));
                }
                break;
            }
        }
        if (!out.containsKey("fees_collected_yuan") && !here.containsKey("fees_collected_yuan")) {
            Matcher f = FREE_OF_CHARGE.matcher(sent);
            if (f.find() && (sent.contains("信息公开") || sent.contains("申请")) && !sent.contains("咨询")) {
                here.put("fees_collected_yuan", new Found("fees_collected_yuan", 0.0, false, pv.clean(s + f.start()), snip(sent, f.start(), f.end())));
            }
        }
        for (Map.Entry<String, Found> en : here.entrySet()) out.putIfAbsent(en.getKey(), en.getValue());
    }

    /** The negation governs the term: no other verb of having (有, 收到 + number) stands between them. */
    private static boolean negationHolds(String sent, Matcher m) {
        String between = sent.substring(m.start(), m.end());
        if (between.contains("但") || between.contains("除")) return false;
        // "逾期未按收费通知要求缴纳费用" is a table row label, not a statement about fees
        return !between.contains("未按") && !sent.startsWith("收费通知", m.end() - 2);
    }

    private static boolean applies(Rule r, Matcher m, String sent, Integer year) {
        String before = sent.substring(0, m.start());
        String inside = sent.substring(m.start(), m.end());
        if (r.forbidBetween() != null && r.forbidBetween().matcher(inside).find()) return false;
        // a cumulative figure is not this year's
        String clause = before.substring(Math.max(0, Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1));
        if (CUMULATIVE.matcher(before).find() || CUMULATIVE.matcher(inside).find()) return false;
        Matcher until = UNTIL_YEAR.matcher(before + inside);
        if (until.find() && year != null && Integer.parseInt(until.group(1)) < year) return false;
        switch (r.key()) {
            case "proactive_total" -> {
                // a channel's figure (在政府网站平台主动公开…) is not the total
                if (CHANNELS.matcher(clause).find()) return false;
                if (sent.contains("依申请")) return false;
            }
            case "fees_collected_yuan" -> {
                if (inside.contains("行政事业性收费") || sent.contains("经费") || sent.contains("支出")) return false;
            }
            case "spending_yuan" -> {
                if (sent.contains("收取") || sent.contains("收费") || sent.contains("处理费")) return false;
            }
            case "requests_new" -> {
                if (sent.contains("咨询")) return false;
            }
            default -> { }
        }
        return true;
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

    private static String snip(String sent, int a, int b) {
        int from = Math.max(0, a - 12);
        int to = Math.min(sent.length(), b + 4);
        String s = sent.substring(from, to).trim();
        return s.length() > 160 ? s.substring(0, 160) : s;
    }
}

package org.ogilens.extract;

import org.ogilens.extract.FreeTextExtractor.Negative;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negative statements about a whole group, clause by clause: what the negation names is what it zeroes.
 * 未收到有关政府信息公开的申请 → requests; 未收到…行政复议申请 → review only; 未发生…行政复议、行政诉讼和行政申诉 →
 * review, litigation and complaints; 无收费及减免情况 / 未向…收取任何费用 / 暂不收费 → fees. 无此相关情况 under a
 * heading takes its subject from the heading. A negation followed by digits, naming a particular request
 * (被申请人…查询号…), or qualified by 但 / 除, states nothing for the group.
 */
final class NegativeStatements {
    private static final Pattern NEGATION = Pattern.compile("没有|未曾|从未|均未|并未|未|无|不存在");
    /** Words that start with a negation character but do not negate: 无法提供, 尚未审结, 未按收费通知 … */
    private static final Pattern NOT_NEGATION = Pattern.compile("^(?:无法|无正当|无论|无需|无偿|无误|无缝|未按|未能|未经|无纸|无障碍|无一)");
    private static final Pattern FEES = Pattern.compile("收费|收取[^。;,]{0,12}?费|费用|处理费");
    private static final Pattern FEES_FREE = Pattern.compile("暂不收费|不收取(?:任何)?(?:费用|信息处理费)|(?:一律|均为|全部)免费|免费提供");
    private static final Pattern HEADING_ONLY = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年(?:度)?,?)?(?:我局|本局|我办|本机关|我委|本单位)?(?:无|没有)(?:此|该|上述)?(?:相关|此类)?(?:情况|事项)?$");
    private static final Pattern HEADING_WITH_ANSWER = Pattern.compile(
            "^.{0,10}?[一二三四五六七八九十]、([^。;]{2,40}?)(?:情况|事项)\\s*(?:(?:19|20)\\d{2}年(?:度)?,?)?(?:我局|本局|我办|本机关)?(?:无|没有)(?:此|该)?(?:相关)?(?:情况|事项)?$");
    private static final Pattern HEADING = Pattern.compile("[一二三四五六七八九十]、([^。;]{2,40}?)(?:情况|事项)");

    private NegativeStatements() {}

    /** Adds the negative statements of sentence t[s, e) to {@code out}. */
    static void find(String t, int s, int e, ProseView pv, List<Negative> out) {
        String sent = t.substring(s, e);
        int clauseStart = 0;
        for (int i = 0; i <= sent.length(); i++) {
            if (i < sent.length() && ",:，：".indexOf(sent.charAt(i)) < 0) continue;
            if (i > clauseStart) clause(t, s + clauseStart, s + i, pv, out);
            clauseStart = i + 1;
        }
        Matcher free = FEES_FREE.matcher(sent);
        if (free.find() && (sent.contains("信息") || sent.contains("申请")) && !sent.contains("咨询")) {
            add(out, "fees", pv.clean(s + free.start()), FreeTextExtractor.snip(sent, free.start(), free.end()),
                    FreeTextExtractor.scope(sent, free.start()));
        }
    }

    private static void clause(String t, int a, int b, ProseView pv, List<Negative> out) {
        String c = t.substring(a, b).trim();
        if (c.isEmpty()) return;
        // the heading and its answer in one clause: 五、因政府信息公开被申请行政复议、提起行政诉讼的情况 无
        Matcher hw = HEADING_WITH_ANSWER.matcher(c);
        if (hw.matches()) {
            for (String g : groups(hw.group(1), true)) add(out, g, pv.clean(a), c, FreeTextExtractor.UNMARKED);
            return;
        }
        // 无此相关情况 / 无。 under a heading: the heading says what
        if (HEADING_ONLY.matcher(c).matches()) {
            String before = t.substring(Math.max(0, a - 80), a);
            Matcher h = HEADING.matcher(before);
            String subject = null;
            while (h.find()) subject = h.group(1);
            if (subject != null) {
                for (String g : groups(subject, true)) add(out, g, pv.clean(a), c, FreeTextExtractor.UNMARKED);
            }
            return;
        }
        Matcher m = NEGATION.matcher(c);
        while (m.find()) {
            if (NOT_NEGATION.matcher(c.substring(m.start())).find()) continue;
            if (m.start() > 0 && c.charAt(m.start() - 1) == '尚') continue;
            // a blank table cell (无 between spaces) is not a negative statement
            if (pv.standalone(a + m.start(), a + m.end())) continue;
            String after = c.substring(m.end());
            if (after.length() > 48) after = after.substring(0, 48);
            if (after.matches(".*\\d.*") || after.contains("但") || after.contains("除") || c.contains("被申请人")) return;
            String scope = FreeTextExtractor.scope(c, m.start());
            if (FreeTextExtractor.PART.equals(scope)) return;
            Set<String> named = groups(after, false);
            for (String g : named) add(out, g, pv.clean(a + m.start()), FreeTextExtractor.snip(c, m.start(), c.length()), scope);
            if (!named.isEmpty()) return;
        }
    }

    /** The groups a negated phrase names. */
    static Set<String> groups(String phrase, boolean heading) {
        Set<String> g = new LinkedHashSet<>();
        boolean review = phrase.contains("复议"), litigation = phrase.contains("诉讼");
        if (review) g.add("review");
        if (litigation) g.add("litigation");
        if ((review || litigation) && (phrase.contains("申诉") || phrase.contains("举报"))) g.add("complaints");
        if (review || litigation) return g;
        if (phrase.contains("举报投诉") || phrase.contains("投诉举报") || phrase.contains("行政申诉")
                || phrase.contains("投诉") && phrase.contains("举报")) {
            g.add("complaints");
            return g;
        }
        if (!phrase.contains("经费") && FEES.matcher(phrase).find() && !phrase.contains("收费通知")) {
            g.add("fees");
            return g;
        }
        if (phrase.contains("不予公开") || phrase.contains("不予以公开")) {
            g.add("withheld");
            // 没有收到…申请…涉及“不予公开”的: about the refusals among the requests, not about the requests
            if (phrase.matches(".*(?:涉及|属于)[“\"]?不予(?:以)?公开.*")) return g;
        }
        boolean about = phrase.contains("申请") || phrase.contains("依申请");
        if (about && !phrase.contains("申请人") && !phrase.contains("行政许可") && !phrase.contains("12345")
                && (heading || phrase.contains("信息") || phrase.matches("^(?:收到|受理|接到)?(?:任何)?申请.*") || phrase.startsWith("申请"))) {
            g.add("requests");
        }
        return g;
    }

    private static void add(List<Negative> out, String group, int offset, String snippet, String scope) {
        for (Negative n : out) if (n.group().equals(group)) return;
        out.add(new Negative(group, offset, snippet, scope));
    }
}

package org.ogilens.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the page says about the report besides its text: the crawl's header lines and the HTML reader's
 * {@code <meta>} lines (标题: / 发布时间: / 发布机构: / 站点:), the breadcrumb (当前位置：…), the body's 来源/时间 line, a
 * dated line under the title, and the signature at the end (organ and date, also when a crawl put the whole
 * body on one line). Dates come back as ISO strings.
 */
public record PageMetadata(String title, String publishField, String writtenField, String bodyTime, String datedLine,
                           String signatureDate, List<String> organs, String signatureOrgan, String breadcrumb, String site) {

    /** 发布时间 / 发布日期 / 公开日期 (the page's own publication field, also from HTML meta PubDate). */
    private static final Pattern PUBLISH = Pattern.compile(
            "(?:发布时间|发布日期|公开日期|发稿时间|生成日期|更新时间)\\s*[:：]\\s*\\|?\\s*((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:成文日期|发文日期|印发日期)\\s*[:：]\\s*\\|?\\s*((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    /** The body's own line under the title: 来源：X 时间：2023-01-19 15:19, or 日期：… */
    private static final Pattern BODY_TIME = Pattern.compile(
            "(?<![\\p{IsHan}])(?:时间|日期)\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern TITLE_FIELD = Pattern.compile("(?m)^(?:标题|题目|文章标题)\\s*[:：]\\s*(.+)$");
    private static final Pattern ORGAN_FIELD = Pattern.compile(
            "(发文机关|发布机构|发布单位|公开主体|信息来源|来源|责任部门|主办单位|作者)\\s*[:：]\\s*\\|?\\s*([^\\s|:：]{2,40})");
    private static final Pattern SITE_FIELD = Pattern.compile("(?m)^站点\\s*[:：]\\s*(.+)$");
    private static final Pattern BREADCRUMB = Pattern.compile("(?:当前位置|您的位置|你的位置|所在位置)\\s*[:：]?\\s*([^\\n]{2,160})");
    /** A date in words or digits: 2024年1月20日, 二○一一年元月二十日, 二0一三年三月十三日. */
    static final String DATE = "((?:19|20)\\d{2}|[一二三四五六七八九〇○零0OＯ]{4})\\s*年\\s*(\\d{1,2}|[元正一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
    private static final Pattern DATED_LINE = Pattern.compile("^[(（]\\s*" + DATE + "\\s*[)）]$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "([\\p{IsHan}()（）]{2,40}?(?:人民政府|政府办公室|办公室|办公厅|管委会|管理委员会|委员会|局|委|办|厅|中心|院|所|镇|乡|街道办事处|街道|办事处|公司))?\\s*"
                    + DATE + "(?:\\s*[(（][^)）]{0,10}[)）])?\\s*(?:附件下载|附件|相关附件|打印|关闭)?\\s*$");
    private static final Pattern BEFORE_APPENDIX = Pattern.compile(
            "([\\p{IsHan}()（）]{2,40}?(?:人民政府|政府办公室|办公室|办公厅|管委会|管理委员会|委员会|局|委|办|厅|中心|院|所|镇|乡|街道办事处|街道|办事处))?\\s*"
                    + DATE + "\\s*(?:附表|附件)\\s*[:：]");
    /** The organ name of a signature, after the furniture a crawl glues before it. */
    private static final Pattern ORGAN_SUFFIX = Pattern.compile(
            "(人民政府|政府办公室|办公室|办公厅|管委会|管理委员会|委员会|局|委|办|厅|中心|院|所|镇|乡|街道办事处|街道|办事处)$");

    public static PageMetadata of(String text) {
        String head = text.length() > 6000 ? text.substring(0, 6000) : text;
        Matcher t = TITLE_FIELD.matcher(head);
        String title = t.find() ? t.group(1).trim() : null;
        String publish = date(PUBLISH.matcher(head));
        String written = date(WRITTEN.matcher(head));
        String bodyTime = date(BODY_TIME.matcher(head));
        List<String> organs = new ArrayList<>();
        Matcher om = ORGAN_FIELD.matcher(head);
        while (om.find()) {
            String v = om.group(2);
            boolean primary = om.group(1).equals("发文机关") || om.group(1).equals("发布机构") || om.group(1).equals("公开主体");
            if (plausibleOrgan(v)) {
                if (primary) organs.add(0, v);
                else organs.add(v);
            }
        }
        Matcher sm = SITE_FIELD.matcher(head);
        String site = sm.find() ? sm.group(1).trim() : null;
        Matcher bm = BREADCRUMB.matcher(head);
        String breadcrumb = bm.find() ? bm.group(1) : null;
        String datedLine = null;
        String[] lines = head.split("\n", 60);
        for (int i = 0; i < Math.min(lines.length, 40); i++) {
            Matcher d = DATED_LINE.matcher(lines[i].trim());
            if (d.matches()) {
                datedLine = iso(d.group(1), d.group(2), d.group(3));
                break;
            }
        }
        // the signature: the last organ + date of the text (the tail of a one-line body, or its last lines)
        String tail = text.length() > 400 ? text.substring(text.length() - 400) : text;
        tail = tail.replaceAll("\\s+$", "");
        String sigOrgan = null, sigDate = null;
        Matcher sg = SIGNATURE.matcher(tail);
        // a signature ends the text: its organ (≤ 45 characters), date and furniture fit in the last 200 characters,
        // so the search starts there (the same first match, without trying every earlier position)
        if (sg.find(Math.max(0, tail.length() - 200))) {
            sigDate = iso(sg.group(2), sg.group(3), sg.group(4));
            if (sg.group(1) != null) sigOrgan = trimOrgan(sg.group(1));
        } else {
            // signed above an appendix: …平潭县财政局 二○一一年元月二十日 附表：…
            // (searched only just before each 附表 / 附件 of the second half: a match ends there, 120 characters after its start at most)
            Matcher ap = BEFORE_APPENDIX.matcher(text);
            int from = text.length() / 2;
            for (int k = appendixAt(text, from); k >= 0; k = appendixAt(text, k + 2)) {
                ap.region(Math.max(from, k - 120), Math.min(text.length(), k + 8));
                if (ap.find()) {
                    sigDate = iso(ap.group(2), ap.group(3), ap.group(4));
                    sigOrgan = ap.group(1) == null ? null : trimOrgan(ap.group(1));
                    from = ap.end();
                }
            }
        }
        return new PageMetadata(title, publish, written, bodyTime, datedLine, sigDate, organs, sigOrgan, breadcrumb, site);
    }

    /** The next 附表 or 附件 at or after {@code from}, or -1. */
    private static int appendixAt(String text, int from) {
        int a = text.indexOf("附表", from), b = text.indexOf("附件", from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * The publication date: the page's own publication field first, then the document's 成文日期, the body's
     * 时间 line, a dated line under the title, and the signature's date.
     */
    public String publishDate() {
        if (publishField != null) return publishField;
        if (writtenField != null) return writtenField;
        if (bodyTime != null) return bodyTime;
        if (datedLine != null) return datedLine;
        return signatureDate;
    }

    /** An organ field's value is a name, not a date, a site or a bare office (办公室, 行政科, 桌面, 2012.05.15). */
    static boolean plausibleOrgan(String v) {
        if (v.matches(".*\\d.*")) return false;
        if (v.length() < 3 && !v.endsWith("局")) return false;
        return !v.matches("办公室|行政科|桌面|网站|本网|本站|.*网|首页|.*资助");
    }

    /** The signature's organ without the words before it: "…工作。 平潭县财政局" → 平潭县财政局. */
    private static String trimOrgan(String s) {
        String o = s.replaceAll("^.*[。;,:!?”\"》]", "").trim();
        if (!ORGAN_SUFFIX.matcher(o).find() || o.length() < 2) return null;
        return o;
    }

    private static String date(Matcher m) {
        return m.find() ? iso(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** An ISO date from year, month and day in digits or Chinese numerals (元月 = January); null when invalid. */
    static String iso(String y, String m, String d) {
        Integer yy = number(y, true), mm = "元".equals(m) || "正".equals(m) ? Integer.valueOf(1) : number(m, false),
                dd = number(d, false);
        if (yy == null || mm == null || dd == null || mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
        return String.format("%04d-%02d-%02d", yy, mm, dd);
    }

    private static Integer number(String s, boolean digitByDigit) {
        if (s == null) return null;
        if (s.matches("\\d+")) return Integer.parseInt(s);
        if (digitByDigit) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                int v = "〇○零0OＯ".indexOf(c) >= 0 ? 0 : "一二三四五六七八九".indexOf(c) + 1;
                if (v < 0 || (v == 0 && "〇○零0OＯ".indexOf(c) < 0)) return null;
                b.append(v);
            }
            return Integer.parseInt(b.toString());
        }
        Double v = org.ogilens.extract.ChineseNumber.parse(s);
        return v == null ? null : v.intValue();
    }
}

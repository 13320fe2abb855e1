package org.ogilens.clean;

/**
 * Normalizes raw report text into the "cleaned text" that every offset in the output refers to:
 * full-width ASCII forms to half-width (０-９ → 0-9, ，→ ,, （ → (), ideographic and no-break spaces to
 * spaces, zero-width characters and BOMs removed, line ends unified, runs of spaces folded and lines
 * trimmed, at most one blank line in a row. Tabs are kept one for one because they separate table cells
 * (an empty cell is an empty field between two tabs); markdown pipe rows become tab-separated rows. Chinese full stops, 、 and quotes stay as they are.
 */
public final class TextCleaner {
    /** Page numbers of PDFs and Word files ("- 3 -", "第3页 共5页", "3/5"): they fall inside tables. */
    private static final java.util.regex.Pattern PAGE_FURNITURE = java.util.regex.Pattern.compile(
            "[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(?:\\s*[,/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");

    /** Pinyin in brackets right after a Chinese character (a tone mark or a tone digit makes it pinyin). */
    private static final java.util.regex.Pattern PINYIN = java.util.regex.Pattern.compile(
            "(?<=[\\u4E00-\\u9FFF])\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?\\)");
    /** The block of page buttons a crawl keeps (微信 微博 QQ空间 全真版 文字版 文件下载 相关链接：), and "-->". */
    private static final java.util.regex.Pattern FURNITURE = java.util.regex.Pattern.compile(
            "-->|(?:微信\\s*微博\\s*QQ空间\\s*)?全真版\\s*文字版\\s*文件下载(?:\\s*相关链接\\s*:)?|微信\\s*微博\\s*QQ空间|"
                    + "<!--\\[if[^\\]]*\\]-->|<!--\\[endif\\]-->|字体\\s*:?\\s*\\[?\\s*大\\s*中\\s*小\\s*\\]?|打印本页|关闭窗口");

    /**
     * What a page exported from Word leaks into a crawl's text: the document settings (Normal 0 7.8 磅 0 2 false false
     * false EN-US ZH-CN X-NONE) and the style sheet after them (a Style Definitions comment, then table.MsoNormalTable {…}).
     */
    private static final java.util.regex.Pattern WORD_STYLES = java.util.regex.Pattern.compile(
            "Normal\\s+\\d+\\s+[\\d.]+\\s*磅\\s+\\d+\\s+\\d+\\s+(?:(?:false|true)\\s+)*(?:(?:[A-Z]{2}-[A-Z]{2}|X-NONE)\\b\\s*)+"
                    + "|/\\*\\s*Style Definitions\\s*\\*/\\s*(?:[\\w.\\-]+\\s*\\{[^{}]*\\}\\s*)*");

    private TextCleaner() {}

    public static String clean(String raw) {
        if (raw == null) return "";
        StringBuilder sb = new StringBuilder(raw.length());
        int blankRun = 0;
        int n = raw.length();
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (c == '\r') {
                if (i + 1 < n && raw.charAt(i + 1) == '\n') continue;
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B') {
                String l = trimLine(line);
                line.setLength(0);
                if (PAGE_FURNITURE.matcher(l).matches()) l = "";
                if (l.isEmpty()) {
                    blankRun++;
                    if (blankRun == 1 && sb.length() > 0) sb.append('\n');
                } else {
                    blankRun = 0;
                    sb.append(l).append('\n');
                }
                continue;
            }
            char m = map(c);
            if (m == 0) continue;
            if (m == ' ') {
                int len = line.length();
                if (len > 0 && line.charAt(len - 1) == ' ') continue;
            }
            line.append(m);
        }
        // drop trailing blank lines
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == '\n')) end--;
        sb.setLength(end);
        String out = sb.toString();
        // a mirror that inserts pinyin after characters: 鄉(xiāng) → 鄉
        if (out.indexOf('(') >= 0) out = PINYIN.matcher(out).replaceAll("");
        if (out.contains("Style Definitions") || out.contains("X-NONE")) out = WORD_STYLES.matcher(out).replaceAll(" ");
        // crawl furniture inside the body: share buttons, version tabs, comment residue
        return FURNITURE.matcher(out).replaceAll(" ");
    }

    /** Maps one character; 0 means drop it. */
    static char map(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                 '\u2009', '\u200A', '\u202F', '\u205F' -> { return ' '; }
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { return 0; }
            case '\t' -> { return '\t'; }
            default -> { }
        }
        if (c < 0x20) return 0;
        return c;
    }

    /**
     * Trims spaces (not tabs' meaning) at both ends and around tabs. A markdown table row ({@code | a | b |})
     * becomes a tab-separated row, and a markdown rule row ({@code |---|---|}) a blank line.
     */
    private static String trimLine(StringBuilder line) {
        String s = line.toString();
        String st = s.strip();
        if (st.length() >= 3 && st.charAt(0) == '|' && st.charAt(st.length() - 1) == '|') {
            if (st.matches("[|:\\- ]+")) return "";
            s = st.substring(1, st.length() - 1).replace('|', '\t');
        }
        if (s.indexOf('\t') >= 0) {
            String[] cells = s.split("\t", -1);
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) b.append('\t');
                b.append(cells[i].strip());
            }
            String t = b.toString();
            // a line of only tabs is blank
            return t.replace("\t", "").isEmpty() ? "" : t;
        }
        return s.strip();
    }
}

package org.ogilens.extract;

/**
 * The cleaned text as sentences read: spaces next to a Chinese character dropped ("申请 21 件" → "申请21件"),
 * and, for text from PDFs, line wraps inside a sentence undone. Keeps a map back to cleaned-text offsets.
 */
final class ProseView {
    final String text;
    private final int[] toClean;
    private final String cleaned;

    ProseView(String cleaned, boolean joinWrappedLines) {
        StringBuilder b = new StringBuilder(cleaned.length());
        int[] map = new int[cleaned.length() + 1];
        int k = 0;
        int n = cleaned.length();
        for (int i = 0; i < n; i++) {
            char c = cleaned.charAt(i);
            if (c == ' ' || c == '\t') {
                char prev = k > 0 ? b.charAt(k - 1) : '\n';
                char next = nextNonSpace(cleaned, i);
                if (isCjk(prev) || isCjk(next) || isCjkPunct(prev) || isCjkPunct(next)) continue;
                c = ' ';
            } else if (c == '\n' && joinWrappedLines) {
                char prev = k > 0 ? b.charAt(k - 1) : '\n';
                char next = nextNonSpace(cleaned, i);
                if (prev != '\n' && "。!?;:".indexOf(prev) < 0 && next != '\n' && !startsHeading(cleaned, i + 1)) continue;
            }
            b.append(c);
            map[k++] = i;
        }
        map[k] = n;
        text = b.toString();
        toClean = map;
        this.cleaned = cleaned;
    }

    int clean(int p) { return toClean[Math.min(p, text.length())]; }

    /**
     * True when text[from, to) stands alone between whitespace in the cleaned text: a table cell (无, /), not
     * a word of a sentence.
     */
    boolean standalone(int from, int to) {
        int a = clean(from), z = clean(to - 1) + 1;
        boolean before = a == 0 || Character.isWhitespace(cleaned.charAt(a - 1));
        boolean after = z >= cleaned.length() || Character.isWhitespace(cleaned.charAt(z));
        return before && after;
    }

    private static char nextNonSpace(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c != ' ' && c != '\t') return c;
        }
        return '\n';
    }

    /** A line that opens a numbered part: 一、 (一) 1. */
    private static boolean startsHeading(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') i++;
        if (i + 1 >= s.length()) return false;
        char c = s.charAt(i), d = s.charAt(i + 1);
        return ("一二三四五六七八九十".indexOf(c) >= 0 && d == '、') || c == '(';
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }

    private static boolean isCjkPunct(char c) {
        return "。、,;:“”‘’《》()!?".indexOf(c) >= 0;
    }
}

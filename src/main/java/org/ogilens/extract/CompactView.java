package org.ogilens.extract;

/**
 * The text without whitespace, with a map back to offsets in the cleaned text: labels wrap, cells don't care.
 *
 * <p>Two kinds of text are left out so that a row label wrapped around its own figures still reads as one
 * label (a PDF table puts the figures on the row's middle line: {@code 2.其他法律行政法 / - - - - - - - /
 * 规禁止公开}): lines holding nothing but figures, and a single character standing as the first field of a
 * tab-separated line (a spanned label printed one character per line down its column: 三 / 、 / 本 / 年 …).
 */
final class CompactView {
    final String compact;
    final int[] toClean;

    CompactView(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int k = 0;
        int lineStart = 0;
        boolean skipLine = valuesOnly(text, 0);
        int skipUntil = leadingSingle(text, 0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                skipLine = valuesOnly(text, lineStart);
                skipUntil = leadingSingle(text, lineStart);
                continue;
            }
            if (Character.isWhitespace(c) || skipLine || i < skipUntil) continue;
            b.append(c);
            map[k++] = i;
        }
        map[k] = text.length();
        compact = b.toString();
        toClean = map;
    }

    /** Whether the line starting at s holds two or more tokens, all of them figures or blank markers. */
    static boolean valuesOnly(String text, int s) {
        int e = text.indexOf('\n', s);
        if (e < 0) e = text.length();
        if (e - s > 400) return false;
        int tokens = 0;
        int i = leadingSingle(text, s);
        while (i < e) {
            while (i < e && Character.isWhitespace(text.charAt(i))) i++;
            int t = i;
            while (i < e && !Character.isWhitespace(text.charAt(i))) i++;
            if (t == i) break;
            String tok = text.substring(t, i);
            if (!tok.matches("[+-]?\\d+(?:\\.\\d+)?|/|-|—|——|–|－|无")) return false;
            tokens++;
        }
        return tokens >= 2;
    }

    /** The end of a single-character first field of a tab-separated line starting at s (or s when there is none). */
    static int leadingSingle(String text, int s) {
        if (s + 1 < text.length() && text.charAt(s + 1) == '\t' && Character.isIdeographic(text.charAt(s))) return s + 1;
        return s;
    }

    /** Offset in the cleaned text of compact position p (p may be compact.length()). */
    int clean(int p) { return toClean[p]; }

    /** Compact position of the first compact char at or after cleaned offset o. */
    int compactAt(int o) {
        int lo = 0, hi = compact.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toClean[mid] < o) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

package org.ogilens.extract;

/** The text without whitespace, with a map back to offsets in the cleaned text: labels wrap, cells don't care. */
final class CompactView {
    final String compact;
    final int[] toClean;

    CompactView(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            b.append(c);
            map[k++] = i;
        }
        map[k] = text.length();
        compact = b.toString();
        toClean = map;
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

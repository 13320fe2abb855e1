package org.ogilens.clean;

/** Small searches over cleaned text, shared by the stages that look for one of several words. */
public final class Strings {
    private Strings() {}

    /** True when s contains any of the words. */
    public static boolean containsAny(String s, String... words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    /** The earliest index at which any of the words occurs, or -1. */
    public static int indexOfAny(String s, String... words) {
        int best = -1;
        for (String w : words) {
            int i = s.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}

package org.ogilens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a table's row labels in their fixed order. Labels are matched by keywords on the text without
 * whitespace (a label wrapped over lines, or with a stray space, still matches); each row's cells lie between
 * its label and the next label found.
 */
final class RowLocator {
    private static final Pattern ENUMERATOR = Pattern.compile(
            "(?:[(][一二三四五六七八九十\\d]{1,2}[)]|[一二三四五六七八九十]{1,2}、|\\d[.、])\\s*$");

    /**
     * A row of a layout: its key, label keywords (any of), its number of cells, and whether it floats: a group
     * header whose label may stand anywhere beside its reasons (a PDF centres a spanned label vertically), so
     * it is looked for without moving the search on.
     */
    record Spec(String key, String[] keywords, int cells, boolean floating) {
        static Spec of(String key, String keywords, int cells) {
            return new Spec(key, keywords.split("\\|"), cells, false);
        }

        static Spec floating(String key, String keywords, int cells) {
            return new Spec(key, keywords.split("\\|"), cells, true);
        }
    }

    /** Where a row's label was found: label start, keyword end and the end of its cell window, in cleaned offsets. */
    record Found(Spec spec, int labelStart, int keywordEnd, int windowEnd) {}

    private RowLocator() {}

    /**
     * Locates each spec's label in order from compact position {@code start}: the first within {@code window}
     * compact characters of the previous label (of {@code start} for the first row). Rows not found are null.
     * A row's cells lie between its label and the next label found, in the order of the text.
     */
    static List<Found> locate(String text, CompactView cv, int start, List<Spec> specs, int firstWindow, int window) {
        int[][] spans = new int[specs.size()][];
        int cursor = start;
        boolean first = true;
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            int[] m = findLabel(cv, s.keywords(), cursor, first ? firstWindow : window);
            if (m == null) continue;
            spans[i] = m;
            if (!s.floating()) {
                cursor = m[1];
                first = false;
            }
        }
        // a floating label lies among the fixed ones (else it is a word of the text after the table)
        int lastFixed = -1;
        for (int i = 0; i < specs.size(); i++) if (spans[i] != null && !specs.get(i).floating()) lastFixed = spans[i][0];
        for (int i = 0; i < specs.size(); i++) {
            if (spans[i] != null && specs.get(i).floating() && spans[i][0] > lastFixed) spans[i] = null;
        }
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (spans[i] == null) {
                out.add(null);
                continue;
            }
            // the next label in the text; a floating header bounds nothing (it may sit beside a row's cells)
            int next = cv.compact.length();
            for (int j = 0; j < specs.size(); j++) {
                if (j != i && spans[j] != null && !specs.get(j).floating() && spans[j][0] >= spans[i][1] && spans[j][0] < next) {
                    next = spans[j][0];
                }
            }
            int kwEnd = cv.clean(spans[i][1] - 1) + 1;
            int windowEnd = next >= cv.compact.length() ? text.length() : cv.clean(next);
            out.add(new Found(specs.get(i), labelStart(text, cv.clean(spans[i][0])), kwEnd, windowEnd));
        }
        return out;
    }

    /** First keyword at or after compact position {@code from} within {@code window} chars: [start, end). */
    static int[] findLabel(CompactView cv, String[] keywords, int from, int window) {
        int best = -1, bestEnd = -1;
        for (String k : keywords) {
            int i = cv.compact.indexOf(k, from);
            if (i >= 0 && i - from <= window && (best < 0 || i < best)) {
                best = i;
                bestEnd = i + k.length();
            }
        }
        return best < 0 ? null : new int[]{best, bestEnd};
    }

    /** Backs a label's start over its enumerator ("2.", "(三)", "四、"), one digit at most. */
    static int labelStart(String text, int keywordOffset) {
        int from = Math.max(0, keywordOffset - 8);
        String before = text.substring(from, keywordOffset);
        Matcher m = ENUMERATOR.matcher(before);
        return m.find() ? from + m.start() : keywordOffset;
    }

    static String snippet(String text, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(text.length(), Math.max(from, to));
        if (to - from > 160) to = from + 160;
        return text.substring(from, to).replaceAll("\\s+", " ").trim();
    }
}

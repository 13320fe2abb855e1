package org.ogilens.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report's numbered parts (一、 二、 三、 …, in order), each classified as one of: overview, proactive,
 * requests, review_litigation, problems, other. Text before the first part (title, page furniture) is other.
 * Headings are accepted only in sequence, so an enumeration inside a sentence does not open a part.
 */
public final class Sections {
    public static final String OVERVIEW = "overview", PROACTIVE = "proactive", REQUESTS = "requests",
            REVIEW = "review_litigation", PROBLEMS = "problems", OTHER = "other";
    private static final String NUMERALS = "一二三四五六七八九十";
    /** Rows of the requests table numbered like parts (四、结转下年度继续办理): not parts. */
    private static final Pattern TABLE_ROW = Pattern.compile("本年新收|上年结转|本年度办理结果|结转下年度");

    /** A part: its kind, heading, and [start, end) in the cleaned text. */
    public record Section(String kind, String heading, int start, int end) {}

    private Sections() {}

    public static List<Section> split(String text) {
        List<int[]> starts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        int expected = 1;
        // a plain scan for 、 or . after a numeral (a regex over the whole text costs as much as segmenting it)
        for (int i = text.indexOf('、'), j = text.indexOf('.'); i >= 0 || j >= 0; ) {
            int p = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            int numStart = p;
            while (numStart > 0 && p - numStart < 2 && NUMERALS.indexOf(text.charAt(numStart - 1)) >= 0) numStart--;
            if (numStart < p && (numStart == 0 || "\n。 \t".indexOf(text.charAt(numStart - 1)) >= 0)) {
                int n = numeral(text.substring(numStart, p));
                int hEnd = p + 1;
                while (hEnd < text.length() && hEnd - p <= 41 && text.charAt(hEnd) != '\n' && text.charAt(hEnd) != '。') hEnd++;
                String heading = text.substring(p + 1, hEnd).strip();
                if (n == expected && heading.length() >= 2 && !TABLE_ROW.matcher(heading).lookingAt()) {
                    starts.add(new int[]{numStart});
                    headings.add(heading.length() > 40 ? heading.substring(0, 40) : heading);
                    expected++;
                }
            }
            if (p == i) i = text.indexOf('、', i + 1);
            else j = text.indexOf('.', j + 1);
        }
        List<Section> out = new ArrayList<>();
        int first = starts.isEmpty() ? text.length() : starts.get(0)[0];
        if (first > 0) out.add(new Section(OTHER, "", 0, first));
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            out.add(new Section(classify(headings.get(i)), headings.get(i), starts.get(i)[0], end));
        }
        return out;
    }

    static String classify(String heading) {
        if (heading.contains("问题") || heading.contains("改进")) return PROBLEMS;
        if (heading.contains("复议") || heading.contains("诉讼")) return REVIEW;
        if (heading.contains("主动公开")) return PROACTIVE;
        if (heading.contains("依申请") || heading.contains("申请")) return REQUESTS;
        if (heading.contains("概述") || heading.contains("总体情况") || heading.contains("基本情况") || heading.contains("概况")) return OVERVIEW;
        return OTHER;
    }

    /** The kind of the section holding cleaned-text offset {@code offset}. */
    public static String kindAt(List<Section> sections, int offset) {
        for (Section s : sections) if (offset >= s.start() && offset < s.end()) return s.kind();
        return OTHER;
    }

    /** 一 … 十九; anything else (二十, 一一) is not a part number. */
    private static int numeral(String s) {
        if (s.length() == 1) return NUMERALS.indexOf(s.charAt(0)) + 1;
        if (s.charAt(0) != '十' || s.charAt(1) == '十') return -1;
        return 10 + NUMERALS.indexOf(s.charAt(1)) + 1;
    }
}

package org.ogilens.extract;

import org.ogilens.extract.RowReadings.Reading;
import org.ogilens.extract.TableSolver.RowResult;
import org.ogilens.extract.TableSolver.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reconsideration and litigation table (政府信息公开行政复议、行政诉讼情况): fifteen numbers under a
 * three-level header, three groups (行政复议; 行政诉讼 未经复议直接起诉; 复议后起诉) of five (结果维持, 结果纠正,
 * 其他结果, 尚未审结, 总计). The numbers are read as one row of fifteen cells whose rule is that in each group
 * the four results add up to its 总计. Fewer than fifteen numbers that no split makes fifteen is a truncated
 * table: nothing is assigned, because which cells are missing cannot be known.
 */
final class ReviewTable {
    private static final Pattern HEADER = Pattern.compile("行政复议[^\\n]{0,20}行政诉讼|复议后起诉");
    static final String[] KEYS;

    static {
        List<String> k = new ArrayList<>();
        for (String g : new String[]{"review", "litigation_direct", "litigation_after_review"}) {
            for (String r : new String[]{"upheld", "corrected", "other", "pending", "total"}) k.add(g + "_" + r);
        }
        KEYS = k.toArray(new String[0]);
    }

    private ReviewTable() {}

    /** The four results of each group add up to its total. */
    static boolean groupsAddUp(double[] v) {
        for (int g = 0; g < 3; g++) {
            double s = v[5 * g] + v[5 * g + 1] + v[5 * g + 2] + v[5 * g + 3];
            if (Math.abs(s - v[5 * g + 4]) > 1e-9) return false;
        }
        return true;
    }

    /** Reads the table into {@code out}; false when the text holds none. */
    static boolean read(String text, CompactView cv, Extraction out) {
        int head = -1;
        Matcher hm = HEADER.matcher(cv.compact);
        int afterRequests = Math.max(0, cv.compact.indexOf("本年新收"));
        while (hm.find()) {
            if (hm.start() >= afterRequests && cv.compact.indexOf("复议后起诉", hm.start()) >= 0) {
                head = cv.compact.indexOf("复议后起诉", hm.start()) + "复议后起诉".length();
                break;
            }
        }
        if (head < 0) return false;
        // the header's column names come after 复议后起诉; the numbers start after the last of them
        int from = cv.clean(Math.min(head, cv.compact.length() - 1));
        List<CellToken> tokens = tokensAfterHeader(text, from);
        if (tokens.isEmpty()) return false;
        RowReadings.Candidates c = RowReadings.of(tokens, 15, ReviewTable::groupsAddUp);
        List<Reading> readings = c.readings();
        if (readings.isEmpty()) {
            out.warn("table_truncated");
            out.table("review", "incomplete");
            out.note("review/litigation table: " + tokens.size() + " numbers printed (" + digits(tokens)
                    + "), no reading as 15 cells" + (tokens.size() == 15 ? "" : "; none assigned"));
            return true;
        }
        TableSolver.Result r = TableSolver.solve(List.of(readings), new int[]{15}, List.of(), null);
        RowResult row = r.rows().get(0);
        double[] v = row.values();
        Reading first = readings.get(0);
        String how = "";
        if (row.status() == Status.RESOLVED && row.reading() != null && !row.reading().how().equals(Reading.PRINTED)) {
            how = " [" + row.reading().how() + " " + row.reading().describe() + "]";
            out.warn(Reading.SPLIT);
        }
        if (row.status() == Status.AMBIGUOUS) {
            out.warn("digits_ambiguous");
            List<String> alts = new ArrayList<>();
            for (Reading a : row.alternatives()) if (alts.size() < 4) alts.add(a.describe());
            out.note("review/litigation table: several readings fit the groups: " + String.join(" or ", alts));
            how = " [cells agreed by every reading only]";
        }
        int last = first.offsets()[14];
        String ev = RowLocator.snippet(text, first.offsets()[0], last + 3) + how;
        for (int k = 0; k < 15; k++) {
            if (Double.isNaN(v[k])) continue;
            out.put(new MetricValue(KEYS[k], v[k], MetricValue.TABLE, first.offsets()[k], ev));
        }
        boolean broken = row.complete() && !groupsAddUp(v);
        if (broken) {
            out.warn("source_inconsistent");
            out.note("review/litigation table: a group's results do not add up to its printed total");
        }
        out.table("review", row.status() == Status.AMBIGUOUS ? "digits_ambiguous" : broken ? "source_inconsistent"
                : row.complete() ? "complete" : "incomplete");
        return true;
    }

    /**
     * The numbers of the table: the hard cells of its first tab-separated data line, else the first run of
     * numbers after the header words (flattened text).
     */
    static List<CellToken> tokensAfterHeader(String text, int from) {
        List<CellToken> flat = RowText.flatTokens(text, from, text.length());
        if (flat.isEmpty()) return flat;
        int first = flat.get(0).offset();
        int lineStart = text.lastIndexOf('\n', first) + 1;
        int lineEnd = text.indexOf('\n', first);
        if (lineEnd < 0) lineEnd = text.length();
        String line = text.substring(lineStart, lineEnd);
        if (line.indexOf('\t') < 0) return flat;
        List<CellToken> out = new ArrayList<>();
        int pos = lineStart;
        for (String field : line.split("\t", -1)) {
            String f = field.trim();
            if (!f.isEmpty()) {
                CellToken t = CellToken.of(f, pos, true);
                if (t == null) {
                    if (!out.isEmpty()) break;
                } else {
                    out.add(t);
                }
            }
            pos += field.length() + 1;
        }
        return out.size() >= flat.size() ? out : flat;
    }

    private static String digits(List<CellToken> tokens) {
        StringBuilder b = new StringBuilder();
        for (CellToken t : tokens) b.append(b.length() == 0 ? "" : " ").append(t.printed());
        return b.length() > 60 ? b.substring(0, 60) + "…" : b.toString();
    }
}

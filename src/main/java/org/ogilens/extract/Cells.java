package org.ogilens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the cells of a table row from the text between its label and the next label. */
final class Cells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern UNIT = Pattern.compile("(件|条|个|项|宗|人次|万元|元)$");
    private static final Pattern BLANK = Pattern.compile("/|\\\\|-|—|–|——|－|无|空");

    /** A cell: its text, value (blank markers count 0), offset in the cleaned text. */
    record Cell(String text, double value, int offset, boolean blank) {}

    private Cells() {}

    /** Called for each whitespace-separated token with its offset; returns false to stop. */
    interface TokenVisitor {
        boolean visit(String token, int offset);
    }

    /** Visits the whitespace-separated tokens of text[from, to) in order, until the visitor says stop. */
    static void tokens(String text, int from, int to, TokenVisitor visitor) {
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            int s = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) i++;
            if (s == i || !visitor.visit(text.substring(s, i), s)) return;
        }
    }

    /** The cell a token is (a number, with a unit dropped, or a blank marker), or null for a word. */
    static Cell parse(String tok, int offset) {
        String t = UNIT.matcher(tok).replaceFirst("");
        if (NUMBER.matcher(t).matches()) return new Cell(t, Double.parseDouble(t), offset, false);
        if (BLANK.matcher(tok).matches()) return new Cell(tok, 0, offset, true);
        return null;
    }

    /** Number and blank-marker tokens of text[from, to); label words and other CJK are skipped. */
    static List<Cell> read(String text, int from, int to) {
        List<Cell> out = new ArrayList<>();
        tokens(text, from, to, (tok, s) -> {
            Cell c = parse(tok, s);
            if (c != null) out.add(c);
            return true;
        });
        return out;
    }

    /**
     * Like {@link #read}, for a table's last row, whose end no next label marks: the run of cells ends at the
     * first word after it (the next part's heading when a page's body is scraped onto one line).
     */
    static List<Cell> readRun(String text, int from, int to) {
        List<Cell> out = new ArrayList<>();
        tokens(text, from, to, (tok, s) -> {
            Cell c = parse(tok, s);
            if (c == null) return out.isEmpty();
            out.add(c);
            return true;
        });
        return out;
    }

    /**
     * Cells of a tab-separated row: the last {@code expected} fields of the line holding the label, an empty
     * field being a blank cell. Null when the line has too few fields.
     */
    static List<Cell> fromTabs(String text, int labelOffset, int to, int expected) {
        int lineStart = text.lastIndexOf('\n', labelOffset) + 1;
        int lineEnd = text.indexOf('\n', labelOffset);
        if (lineEnd < 0 || lineEnd > to) lineEnd = Math.min(to, text.length());
        String line = text.substring(lineStart, lineEnd);
        if (line.indexOf('\t') < 0) return null;
        String[] fields = line.split("\t", -1);
        if (fields.length < expected + 1) return null;
        List<Cell> out = new ArrayList<>();
        int pos = lineStart;
        int[] starts = new int[fields.length];
        for (int f = 0; f < fields.length; f++) {
            starts[f] = pos;
            pos += fields[f].length() + 1;
        }
        for (int f = fields.length - expected; f < fields.length; f++) {
            // a tab field is one cell: digits broken by a stray space inside it are one number
            String v = fields[f].trim().replaceAll("(?<=\\d) (?=\\d)", "");
            String t = UNIT.matcher(v).replaceFirst("");
            if (v.isEmpty() || BLANK.matcher(v).matches()) out.add(new Cell(v, 0, starts[f], true));
            else if (NUMBER.matcher(t).matches()) out.add(new Cell(t, Double.parseDouble(t), starts[f], false));
            else return null;
        }
        return out;
    }

    /**
     * Repairs a row of the requests table whose count of cells is off, using its identity (the six applicant
     * columns add up to 总计): numbers broken by a stray space are joined, numbers run together are split.
     * Returns the only consistent reading, or null when there is none or more than one.
     */
    static List<Cell> repair(List<Cell> cells, int expected) {
        if (cells.isEmpty() || cells.stream().anyMatch(c -> c.text().contains(".") || c.text().startsWith("-") || c.text().startsWith("+"))) {
            return null;
        }
        List<List<Cell>> solutions = new ArrayList<>();
        if (cells.size() > expected && cells.size() <= expected + 4) {
            merge(cells, 0, new ArrayList<>(), expected, solutions);
        } else if (cells.size() < expected) {
            split(cells, 0, new ArrayList<>(), expected, solutions);
        }
        return solutions.size() == 1 ? solutions.get(0) : null;
    }

    private static void merge(List<Cell> in, int i, List<Cell> acc, int expected, List<List<Cell>> out) {
        if (out.size() > 1) return;
        if (i == in.size()) {
            if (acc.size() == expected && balanced(acc)) out.add(new ArrayList<>(acc));
            return;
        }
        if (acc.size() >= expected) return;
        // a blank marker is a cell of its own
        if (in.get(i).blank()) {
            acc.add(in.get(i));
            merge(in, i + 1, acc, expected, out);
            acc.remove(acc.size() - 1);
            return;
        }
        // a number alone, or joined with the numbers after it (a number broken by spaces)
        StringBuilder joined = new StringBuilder();
        for (int j = i; j < in.size() && j < i + 3 && !in.get(j).blank(); j++) {
            joined.append(in.get(j).text());
            String t = joined.toString();
            if (t.length() > 1 && t.startsWith("0")) break;
            acc.add(new Cell(t, Double.parseDouble(t), in.get(i).offset(), false));
            merge(in, j + 1, acc, expected, out);
            acc.remove(acc.size() - 1);
        }
    }

    private static void split(List<Cell> in, int i, List<Cell> acc, int expected, List<List<Cell>> out) {
        if (out.size() > 1) return;
        if (i == in.size()) {
            if (acc.size() == expected && balanced(acc)) out.add(new ArrayList<>(acc));
            return;
        }
        Cell c = in.get(i);
        int remainingCells = in.size() - i - 1;
        if (c.blank() || c.text().length() == 1) {
            acc.add(c);
            split(in, i + 1, acc, expected, out);
            acc.remove(acc.size() - 1);
            return;
        }
        partitions(c, 0, acc, in, i, expected, out, remainingCells);
    }

    private static void partitions(Cell c, int pos, List<Cell> acc, List<Cell> in, int i, int expected,
                                   List<List<Cell>> out, int remainingCells) {
        String t = c.text();
        if (pos == t.length()) {
            split(in, i + 1, acc, expected, out);
            return;
        }
        if (acc.size() + remainingCells >= expected) return;
        for (int end = pos + 1; end <= t.length(); end++) {
            String piece = t.substring(pos, end);
            if (piece.length() > 1 && piece.startsWith("0")) break;
            acc.add(new Cell(piece, Double.parseDouble(piece), c.offset() + pos, false));
            partitions(c, end, acc, in, i, expected, out, remainingCells);
            acc.remove(acc.size() - 1);
            if (out.size() > 1) return;
        }
    }

    /** The six applicant columns add up to the total column. */
    static boolean balanced(List<Cell> row) {
        double sum = 0;
        for (int k = 0; k < row.size() - 1; k++) sum += row.get(k).value();
        return Math.abs(sum - row.get(row.size() - 1).value()) < 1e-9;
    }
}

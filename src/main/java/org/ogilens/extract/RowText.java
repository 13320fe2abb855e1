package org.ogilens.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed tokens of one table row, read from the cleaned text between its label and the next row's label.
 *
 * <p>Two forms: a <b>cell row</b>, where the reader kept the table (HTML, Word and positioned PDF rows are lines
 * with tab-separated cells), gives one hard token per cell; <b>flattened text</b> (a crawl that stripped the
 * markup) gives the first run of numbers after the label, split at whitespace into soft tokens. In flattened
 * text the next row's enumerator can stick to the last number ({@code 00000002.其他法律…}): a digit directly
 * followed by {@code .} or {@code 、} and a label character is that enumerator, not a cell.
 */
final class RowText {
    private RowText() {}

    /** The tokens of a row: hard tokens from a tab line when the label's line is one, else soft tokens. */
    static List<CellToken> tokens(String text, int labelStart, int labelEnd, int windowEnd, int cells) {
        List<CellToken> tab = tabTokens(text, labelStart, labelEnd, windowEnd, cells);
        if (tab != null) return tab;
        List<CellToken> flat = flatTokens(text, labelEnd, windowEnd);
        if (!flat.isEmpty()) return flat;
        List<CellToken> within = cellsWithin(text, labelStart, labelEnd);
        if (within != null) return within;
        List<CellToken> above = cellsAbove(text, labelStart, cells);
        return above != null ? above : flat;
    }

    /**
     * A PDF row whose label wraps around its figures: a line of figures only between the label's first and last
     * line ({@code 2.其他法律行政法 / - - - - - - - / 规禁止公开}). Null when there is none.
     */
    static List<CellToken> cellsWithin(String text, int labelStart, int labelEnd) {
        // the label may begin a line or two above its keyword: 3.补正后申请内容 / - - … / 仍不明确
        int from = labelStart;
        int ls = labelStart == 0 ? 0 : text.lastIndexOf('\n', labelStart - 1) + 1;
        for (int back = 0; back < 3 && ls > 0; back++) {
            if (text.substring(ls, Math.min(text.length(), ls + 4)).matches("(?s)^(?:[^\\t\\n]\\t)?(?:\\d[.、]|[(（][一二三四五六七八九十]|[一二三四五六七八九十]、).*")) {
                from = ls;
                break;
            }
            if (back == 0 && text.substring(ls, labelStart).matches("(?s).*(?:\\d[.、]|[(（][一二三四五六七八九十][)）]).*")) break;
            ls = text.lastIndexOf('\n', ls - 2) + 1;
        }
        int i = from == 0 ? -1 : text.lastIndexOf('\n', from - 1);
        if (i < 0 && from > 0) return null;
        i = text.indexOf('\n', from);
        while (i >= 0 && i + 1 < labelEnd) {
            int s = i + 1;
            int e = text.indexOf('\n', s);
            if (e < 0 || e >= labelEnd) break;
            if (CompactView.valuesOnly(text, s)) return flatTokens(text, s, e);
            i = e;
        }
        return null;
    }

    /**
     * A PDF row whose cells sit a little higher than its label: the line above holds only an enumerator (or a
     * spanned group label and an enumerator) and the row's cells ({@code (四)无法提供 1. 31 0 0 0 0 0 31} above
     * {@code 本机关不掌握相关政府信息}). Null when the line above is not such a line.
     */
    static List<CellToken> cellsAbove(String text, int labelStart, int cells) {
        int lineStart = labelStart == 0 ? 0 : text.lastIndexOf('\n', labelStart - 1) + 1;
        if (lineStart < 2 || text.substring(lineStart, labelStart).contains("\t")) return null;
        int prevEnd = lineStart - 1;
        int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        String prev = text.substring(prevStart, prevEnd);
        String[] f = prev.split("\t", -1);
        if (f.length < cells + 1) return null;
        String before = f[f.length - cells - 1].trim();
        if (!before.matches("\\d[.、]?")) return null;
        List<CellToken> out = new ArrayList<>();
        int pos = prevStart;
        int[] starts = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            starts[i] = pos;
            pos += f[i].length() + 1;
        }
        for (int i = f.length - cells; i < f.length; i++) {
            CellToken t = CellToken.of(f[i].trim(), starts[i], true);
            if (t == null || t.blank() && f[i].isBlank()) return null;
            out.add(t);
        }
        return out;
    }

    /**
     * The last {@code cells} fields of the tab-separated line holding the label, each one cell; null when the
     * label's line has no tabs or too few fields after the label.
     */
    static List<CellToken> tabTokens(String text, int labelStart, int labelEnd, int windowEnd, int cells) {
        int lineStart = labelStart == 0 ? 0 : text.lastIndexOf('\n', labelStart - 1) + 1;
        int lineEnd = text.indexOf('\n', labelEnd);
        if (lineEnd < 0) lineEnd = text.length();
        int firstTab = text.indexOf('\t', lineStart);
        if (firstTab < 0 || firstTab >= lineEnd || lineEnd - lineStart > 400) return null;
        // the next row's label on the same line: this label is a spanned header cell ((三)不予公开 beside 1.属于国家秘密)
        if (windowEnd < lineEnd) return List.of();
        // fields after the one that holds the label
        int fieldStart = text.indexOf('\t', labelEnd);
        if (fieldStart < 0 || fieldStart >= lineEnd) return null;
        List<int[]> fields = new ArrayList<>();
        int s = fieldStart + 1;
        for (int i = s; i <= lineEnd; i++) {
            if (i == lineEnd || text.charAt(i) == '\t') {
                fields.add(new int[]{s, i});
                s = i + 1;
            }
        }
        if (fields.size() < cells) return null;
        List<CellToken> out = new ArrayList<>();
        for (int f = fields.size() - cells; f < fields.size(); f++) {
            int a = fields.get(f)[0], b = fields.get(f)[1];
            CellToken t = CellToken.of(text.substring(a, b).trim(), a, true);
            if (t == null) return null;
            out.add(t);
        }
        // fields between the label and the cells hold no figures (spanned label columns)
        for (int f = 0; f < fields.size() - cells; f++) {
            String v = text.substring(fields.get(f)[0], fields.get(f)[1]).trim();
            if (!v.isEmpty() && CellToken.of(v, 0, true) != null) return null;
        }
        return out;
    }

    /** The first run of numbers (and blank markers) in text[from, to), as whitespace-separated soft tokens. */
    static List<CellToken> flatTokens(String text, int from, int to) {
        to = Math.min(to, text.length());
        int i = from;
        // skip the rest of the label: anything up to the first character a cell can start with
        while (i < to && !startsCell(text, i, to)) i++;
        List<CellToken> out = new ArrayList<>();
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (!startsCell(text, i, to)) break;
            int s = i;
            if (isBlankMarker(c) && !((c == '-' || c == '+') && i + 1 < to && Character.isDigit(text.charAt(i + 1)))) {
                i++;
                if (c == '—' && i < to && text.charAt(i) == '—') i++;
                out.add(CellToken.of(text.substring(s, i), s, false));
                continue;
            }
            if (c == '+' || c == '-') i++;
            while (i < to && Character.isDigit(text.charAt(i))) i++;
            // a decimal part
            if (i + 1 < to && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                i++;
                while (i < to && Character.isDigit(text.charAt(i))) i++;
            } else if (i < to && (text.charAt(i) == '.' || text.charAt(i) == '、') && i - 1 > s
                    && (i + 1 >= to || isLabelChar(text.charAt(i + 1)))) {
                // "…00000002.其他": the last digit is the next row's enumerator
                int e = i - 1;
                if (e > s) out.add(number(text, s, e));
                break;
            } else if (i < to && (text.charAt(i) == '.' || text.charAt(i) == '、') && i - 1 == s) {
                break; // a lone enumerator "1." opening the next label
            }
            int e = i;
            // prose glued onto the last cell: "行政事业性收费02025年…" is 0, then the year 2025
            if (i < to && (text.charAt(i) == '年') && e - s >= 4 && text.substring(e - 4, e).matches("(?:19|20)\\d\\d")) {
                if (e - 4 > s) out.add(number(text, s, e - 4));
                break;
            }
            // a unit printed after the figure: 2笔, 984361元, 3件
            int u = unitEnd(text, i, to);
            if (u > i) i = u;
            out.add(number(text, s, e, text.substring(e, i)));
            if (i < to && isLabelChar(text.charAt(i))) break;
        }
        return out;
    }

    private static CellToken number(String text, int s, int e) {
        return number(text, s, e, "");
    }

    private static CellToken number(String text, int s, int e, String unit) {
        CellToken t = CellToken.of(text.substring(s, e) + unit, s, false);
        return t != null ? t : CellToken.of(text.substring(s, e), s, false);
    }

    private static final String[] UNITS = {"万元", "人次", "元", "件", "条", "项", "笔", "宗", "个"};

    private static int unitEnd(String text, int i, int to) {
        for (String u : UNITS) {
            if (text.startsWith(u, i) && i + u.length() <= to) return i + u.length();
        }
        return i;
    }

    /** Whether a cell can start at i: a digit, a sign before a digit, or a blank marker standing alone. */
    private static boolean startsCell(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) return true;
        if ((c == '+' || c == '-') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) return true;
        if (isBlankMarker(c)) {
            // a blank cell stands apart: whitespace before it, and after it whitespace, the end or the next label
            // (规范性文件 33 20 -第二十条…); a dash before a digit is a sign, one inside a word is a word
            boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            int j = c == '—' && i + 1 < to && text.charAt(i + 1) == '—' ? i + 2 : i + 1;
            boolean after = j >= to || Character.isWhitespace(text.charAt(j)) || (c != '无' && !Character.isDigit(text.charAt(j))
                    && text.charAt(j) != '.' && !isBlankMarker(text.charAt(j)));
            return before && after;
        }
        return false;
    }

    private static boolean isBlankMarker(char c) {
        return c == '/' || c == '\\' || c == '-' || c == '—' || c == '–' || c == '－' || c == '―' || c == '无' || c == '*';
    }

    private static boolean isLabelChar(char c) {
        return !Character.isDigit(c) && !Character.isWhitespace(c) && c != '.' && c != '+' && c != '-';
    }
}

package org.ogilens.extract;

import org.ogilens.clean.Strings;
import org.ogilens.extract.RowLocator.Found;
import org.ogilens.extract.RowLocator.Spec;
import org.ogilens.extract.RowReadings.Reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 1 of the standard layouts (主动公开政府信息情况, by article 20 items). Its rows have no identity, so
 * digits run together are split only where one split is possible (a multi-digit cell never starts with 0:
 * {@code 000} is 0|0|0, {@code 303} is 3|0|3, {@code 00126} is 0|0|126) or where the report's prose restates
 * one of the row's figures and exactly one split agrees with it ({@code 34089} with 制发规范性文件34件 is
 * 34|0|89). Otherwise the row's cells are null with {@code digits_ambiguous}. Amounts go into the key's unit:
 * keys ending {@code _10k_yuan} hold 万元, whatever the cell prints ({@code 984361元} → 98.4361).
 */
final class Article20Table {
    private static final List<Spec> ROWS_2021 = List.of(
            Spec.of("rules", "规章", 3), Spec.of("normative", "规范性文件", 3), Spec.of("licensing", "行政许可", 1),
            Spec.of("penalty", "行政处罚", 1), Spec.of("coercion", "行政强制", 1), Spec.of("admin_fees", "行政事业性收费", 1));
    private static final Map<String, String[]> COLUMNS_2021 = Map.of(
            "rules", new String[]{"rules_issued", "rules_repealed", "rules_in_force"},
            "normative", new String[]{"normative_issued", "normative_repealed", "normative_in_force"},
            "licensing", new String[]{"licensing_decisions"}, "penalty", new String[]{"penalty_decisions"},
            "coercion", new String[]{"coercion_decisions"}, "admin_fees", new String[]{"admin_fees_10k_yuan"});
    private static final List<Spec> ROWS_2019 = List.of(
            Spec.of("rules", "规章", 3), Spec.of("normative", "规范性文件", 3), Spec.of("licensing", "行政许可", 3),
            Spec.of("other_services", "其他对外管理服务事项|对外管理服务", 3), Spec.of("penalty", "行政处罚", 3),
            Spec.of("coercion", "行政强制", 3), Spec.of("admin_fees", "行政事业性收费", 2),
            Spec.of("procurement", "政府集中采购|集中采购", 2));
    private static final Map<String, String[]> COLUMNS_2019 = Map.of(
            "rules", new String[]{"rules_made", "rules_published", "rules_public_total"},
            "normative", new String[]{"normative_made", "normative_published", "normative_public_total"},
            "licensing", new String[]{"licensing_items_prev", "licensing_items_change", "licensing_decisions"},
            "other_services", new String[]{"other_services_items_prev", "other_services_items_change", "other_services_decisions"},
            "penalty", new String[]{"penalty_items_prev", "penalty_items_change", "penalty_decisions"},
            "coercion", new String[]{"coercion_items_prev", "coercion_items_change", "coercion_decisions"},
            "admin_fees", new String[]{"admin_fees_items_prev", "admin_fees_items_change"},
            "procurement", new String[]{"procurement_items", "procurement_amount_10k_yuan"});

    private Article20Table() {}

    /**
     * Reads the table into {@code out}. {@code restated} holds the figures the prose states for table-1 keys
     * (used to choose among splits, never as a cell value).
     */
    static boolean read(String text, CompactView cv, String format, Map<String, List<Double>> restated, Extraction out) {
        int anchor = cv.compact.indexOf("第二十条");
        if (anchor < 0) anchor = Strings.indexOfAny(cv.compact, "本年制发件数", "本年新制作数量", "信息内容");
        if (anchor < 0) return false;
        int end = cv.compact.indexOf("本年新收", anchor);
        if (end < 0) end = cv.compact.length();
        boolean y2021 = "std_2021".equals(format);
        int h21 = cv.compact.indexOf("本年制发件数", anchor), h19 = cv.compact.indexOf("本年新制作数量", anchor);
        if (h21 >= 0 && h21 < end) y2021 = true;
        else if (h19 >= 0 && h19 < end) y2021 = false;
        List<Spec> specs = y2021 ? ROWS_2021 : ROWS_2019;
        Map<String, String[]> columns = y2021 ? COLUMNS_2021 : COLUMNS_2019;
        List<Found> found = RowLocator.locate(text, cv, anchor, specs, 300, 300);
        int endClean = cv.clean(Math.min(end, cv.compact.length() - 1));
        int read = 0;
        for (Found f : found) {
            if (f == null || f.labelStart() >= endClean) continue;
            String[] cols = columns.get(f.spec().key());
            int window = Math.min(f.windowEnd(), endClean);
            List<CellToken> tokens = RowText.tokens(text, f.labelStart(), f.keywordEnd(), window, cols.length);
            if (tokens.isEmpty()) continue;
            RowReadings.Candidates c = RowReadings.of(tokens, cols.length, null);
            List<Reading> readings = c.readings();
            String how = "";
            if (readings.size() > 1) {
                List<Reading> agreeing = agreeWithProse(readings, cols, restated);
                if (agreeing.size() == 1) {
                    readings = agreeing;
                    how = " [run_together_split " + agreeing.get(0).describe() + ", chosen by the figure the text restates]";
                } else {
                    out.warn("digits_ambiguous");
                    List<String> alts = new ArrayList<>();
                    for (Reading a : readings) if (alts.size() < 4) alts.add(a.describe());
                    out.note("table 1 " + f.spec().key() + ": " + readings.size() + " splits possible: " + String.join(" or ", alts)
                            + (readings.size() > 4 ? " …" : ""));
                    continue;
                }
            }
            if (readings.isEmpty()) {
                out.warn("table_cells_unparsed");
                out.note("table 1 " + f.spec().key() + ": cells not readable as " + cols.length);
                continue;
            }
            Reading r = readings.get(0);
            if (how.isEmpty() && !r.how().equals(Reading.PRINTED)) how = " [" + r.how() + " " + r.describe() + "]";
            if (!how.isEmpty()) out.warn(Reading.SPLIT);
            read++;
            int last = r.offsets()[cols.length - 1];
            String ev = RowLocator.snippet(text, f.labelStart(), last + r.printed()[cols.length - 1].length() + 2) + how;
            for (int k = 0; k < cols.length; k++) {
                double v = r.values()[k];
                if (cols[k].endsWith("_10k_yuan")) {
                    Double tenK = toTenThousandYuan(v, tokenUnit(tokens, r.offsets()[k]), header(cv, f), cols[k]);
                    if (tenK == null) {
                        out.warn("unit_unstated");
                        out.note(cols[k] + ": " + r.printed()[k] + " printed without a unit (元 or 万元), not taken");
                        continue;
                    }
                    v = tenK;
                }
                out.put(new MetricValue(cols[k], v, MetricValue.TABLE, r.offsets()[k], ev));
            }
        }
        return read > 0;
    }

    /** The readings that put a figure the text restates into its column; all of them when none does. */
    private static List<Reading> agreeWithProse(List<Reading> readings, String[] cols, Map<String, List<Double>> restated) {
        List<Reading> out = new ArrayList<>();
        if (restated == null) return out;
        for (Reading r : readings) {
            for (int k = 0; k < cols.length; k++) {
                List<Double> said = new ArrayList<>(restated.getOrDefault(cols[k], List.of()));
                said.addAll(restated.getOrDefault(cols[k].replace("_10k_yuan", "_printed"), List.of()));
                if (said.contains(r.values()[k])) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    private static String tokenUnit(List<CellToken> tokens, int offset) {
        String unit = null;
        for (CellToken t : tokens) if (t.offset() <= offset) unit = t.unit();
        return unit;
    }

    /** The header of a row's sub-table: from the 第二十条 heading before it to its label, without whitespace. */
    private static String header(CompactView cv, Found f) {
        int label = cv.compactAt(f.labelStart());
        int from = cv.compact.lastIndexOf("第二十条", label);
        // up to the row's first figure: a unit may follow the label (政府集中采购(元)6675809)
        int to = Math.max(label, cv.compactAt(f.keywordEnd()));
        while (to < cv.compact.length() && to - label < 30 && !Character.isDigit(cv.compact.charAt(to))) to++;
        return cv.compact.substring(Math.max(0, from < 0 ? label - 60 : from), to);
    }

    /**
     * A cell's amount in 万元, or null when no unit is known: the cell's own unit first (984361元 → 98.4361),
     * else the header's (单位:万元, (元)); 行政事业性收费 本年收费金额 is in 万元 by the layout itself. Zero is zero in
     * any unit.
     */
    static Double toTenThousandYuan(double v, String cellUnit, String header, String key) {
        if ("元".equals(cellUnit)) return Math.round(v / 10000 * 1e8) / 1e8;
        if ("万元".equals(cellUnit) || v == 0) return v;
        if (header.contains("万元")) return v;
        if (header.matches(".*(?:[(]元[)]|单位[:：]元|金额元).*")) return Math.round(v / 10000 * 1e8) / 1e8;
        return key.equals("admin_fees_10k_yuan") ? v : null;
    }

}

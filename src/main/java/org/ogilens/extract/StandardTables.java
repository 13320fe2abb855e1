package org.ogilens.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The three tables of the standard layouts (std_2019, std_2021): table 1 (article 20 items), the requests
 * table and the reconsideration/litigation table, each read by its own class; and what their absence means
 * (images where the tables should be, or a page that lost them).
 */
public final class StandardTables {
    private static final Pattern IMAGE = Pattern.compile("\\.(?:png|jpe?g|gif|bmp)\\b", Pattern.CASE_INSENSITIVE);

    private StandardTables() {}

    /** Fills the table figures of a std_2019 / std_2021 report into {@code out}. */
    public static void read(String text, String format, Extraction out) {
        CompactView cv = new CompactView(text);
        boolean std2021 = "std_2021".equals(format);
        Map<String, List<Double>> restated = Restatements.of(text, std2021);
        boolean requests = RequestsTable.read(text, cv, std2021, out);
        boolean article20 = Article20Table.read(text, cv, format, restated, out);
        boolean review = ReviewTable.read(text, cv, out);
        processingFees(text, cv, out);
        boolean images = hasImages(text);
        if (!requests && !article20 && !review) {
            out.warn(images ? "table_image_only" : "table_missing");
        } else if (!requests && images) {
            out.warn("table_image_only");
        }
        if (!requests) out.table("requests", images ? "image_only" : "absent");
        if (!review) out.table("review", images ? "image_only" : "absent");
        // a table-1 figure that the prose restates otherwise: null, both named
        for (Map.Entry<String, List<Double>> e : restated.entrySet()) {
            String key = e.getKey();
            if (!Metrics.isKey(key) || !out.has(key) || !key.matches("(?:rules|normative)_.*")) continue;
            double v = out.get(key);
            if (e.getValue().contains(v)) continue;
            MetricValue table = out.values().remove(key);
            out.warn("text_table_conflict");
            out.note(key + ": table " + MetricExtractor.fmt(v) + " vs text " + e.getValue() + " (" + table.snippet() + ")");
        }
    }

    /**
     * The table some reports add after the review table (五、信息处理费收取情况: 通知收取件数 | 通知收取金额 | 实际收取金额):
     * the amount actually collected is {@code fees_collected_yuan}, when its three cells read one way only.
     */
    static void processingFees(String text, CompactView cv, Extraction out) {
        int head = -1, actual = -1;
        for (int h = cv.compact.indexOf("信息处理费收取情况"); h >= 0; h = cv.compact.indexOf("信息处理费收取情况", h + 1)) {
            int a = cv.compact.indexOf("实际收取金额", h);
            if (a >= 0 && a - h <= 80) {
                head = h;
                actual = a;
                break;
            }
        }
        if (head < 0) return;
        int from = cv.clean(actual + "实际收取金额".length() - 1) + 1;
        String unitWindow = cv.compact.substring(actual, Math.min(cv.compact.length(), actual + 16));
        java.util.List<CellToken> tokens = RowText.flatTokens(text, from, Math.min(text.length(), from + 200));
        RowReadings.Candidates c = RowReadings.of(tokens, 3, null);
        if (c.readings().size() != 1) return;
        RowReadings.Reading r = c.readings().get(0);
        double v = r.values()[2];
        if (unitWindow.contains("万元")) v = v * 10000;
        if (!out.has("fees_collected_yuan")) {
            out.put(new MetricValue("fees_collected_yuan", v, MetricValue.TABLE, r.offsets()[2],
                    RowLocator.snippet(text, cv.clean(head), r.offsets()[2] + 2) + " [信息处理费 table: 实际收取金额]"));
        }
    }

    static boolean hasImages(String text) {
        return IMAGE.matcher(text).find();
    }
}

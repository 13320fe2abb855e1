package org.ogilens.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ogilens.analyze.Indicators;
import org.ogilens.analyze.Rollups;
import org.ogilens.report.HtmlReport;
import org.ogilens.write.OutputSchema;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;

/**
 * {@code report --dataset DIR --output report.html}: reads a published dataset and hands small aggregates to
 * {@link HtmlReport}. Only aggregates come to the driver (rollups, coverage counts, the top changes, the first
 * failed checks with their evidence), never the corpus.
 */
public final class ReportJob {
    /** Failed checks shown with their evidence (the rest are counted). */
    public static final int MAX_FAILURES = 100;
    /** Rows of the largest-changes table. */
    public static final int MAX_CHANGES = 25;
    static final List<String> CHANGE_MEASURES = List.of("requests_new", "litigation_total", "review_total");

    private ReportJob() {}

    public static String render(SparkSession spark, String dataset) {
        Dataset<Row> reports = TableReader.read(spark, dataset, OutputSchema.REPORTS);
        Dataset<Row> rollups = TableReader.read(spark, dataset, OutputSchema.ROLLUPS);
        Dataset<Row> trends = TableReader.read(spark, dataset, OutputSchema.TRENDS);
        Dataset<Row> checks = TableReader.read(spark, dataset, OutputSchema.CHECKS);
        Dataset<Row> metrics = TableReader.read(spark, dataset, OutputSchema.METRICS);
        long rejects = TableReader.read(spark, dataset, OutputSchema.REJECTS).count();

        List<HtmlReport.Coverage> coverage = new ArrayList<>();
        for (Row r : reports.where(col("report_year").isNotNull()).groupBy("report_year", "admin_level", "issuer_kind").count().collectAsList()) {
            coverage.add(new HtmlReport.Coverage(r.getInt(0), r.getString(1), r.getString(2), r.getLong(3)));
        }
        List<String> nationalMeasures = new ArrayList<>();
        Indicators.all().forEach(i -> nationalMeasures.add(i.key()));
        nationalMeasures.add("requests_new");
        List<HtmlReport.Rollup> national = rollups(rollups.where(col("scope").equalTo("national")
                .and(col("measure").isin(nationalMeasures.toArray()))));
        List<HtmlReport.Rollup> provinces = rollups(rollups.where(col("scope").equalTo("province")
                .and(col("admin_level").equalTo(Rollups.ALL_LEVELS)).and(col("measure").isin(HtmlReport.PROVINCE_MEASURES.toArray()))));

        List<HtmlReport.Change> changes = new ArrayList<>();
        for (Row r : trends.where(col("issuer_kind").equalTo("government").and(col("measure").isin(CHANGE_MEASURES.toArray()))
                        .and(col("change").isNotNull()))
                .orderBy(abs(col("change")).desc(), col("series_id"), col("measure"), col("report_year")).limit(MAX_CHANGES)
                .select("issuer", "region_code", "province", "measure", "report_year", "prev_year", "prev_value", "value",
                        "change", "pct_change", "outlier").collectAsList()) {
            changes.add(new HtmlReport.Change(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                    (Integer) r.get(5), (Double) r.get(6), r.getDouble(7), (Double) r.get(8), (Double) r.get(9), (Boolean) r.get(10)));
        }

        Dataset<Row> failed = checks.where(col("status").equalTo("FAIL"));
        long failedCount = failed.count();
        List<Row> first = failed.join(reports.select("doc_id", "title", "issuer", "source_path"), new String[]{"doc_id"}, "left")
                .orderBy(col("report_year").desc_nulls_last(), col("doc_id"), col("check")).limit(MAX_FAILURES)
                .select("doc_id", "title", "issuer", "source_path", "report_year", "check", "expected", "actual", "detail")
                .collectAsList();
        Map<String, List<Row>> evidence = new HashMap<>();
        if (!first.isEmpty()) {
            List<String> ids = first.stream().map(r -> r.getString(0)).distinct().toList();
            for (Row m : metrics.where(col("doc_id").isin(ids.toArray())).select("doc_id", "metric", "value", "snippet")
                    .orderBy("doc_id", "metric").collectAsList()) {
                evidence.computeIfAbsent(m.getString(0), k -> new ArrayList<>()).add(m);
            }
        }
        List<HtmlReport.FailedCheck> failures = new ArrayList<>();
        for (Row r : first) {
            String detail = r.getString(8);
            failures.add(new HtmlReport.FailedCheck(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    (Integer) r.get(4), r.getString(5), (Double) r.get(6), (Double) r.get(7), detail,
                    evidenceFor(detail, evidence.getOrDefault(r.getString(0), List.of()))));
        }
        String generated = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(ZonedDateTime.now(ZoneOffset.UTC));
        return HtmlReport.render(new HtmlReport.Data(dataset, generated, reports.count(), rejects, coverage, national,
                provinces, changes, failedCount, failures));
    }

    /** The evidence of the metrics a check's detail names: "key = value: snippet". */
    static List<String> evidenceFor(String detail, List<Row> metrics) {
        List<String> out = new ArrayList<>();
        if (detail == null) return out;
        for (Row m : metrics) {
            if (Pattern.compile("(?<![a-z_])" + Pattern.quote(m.getString(1)) + "(?![a-z_])").matcher(detail).find()) {
                double v = m.getDouble(2);
                out.add(m.getString(1) + " = " + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + ": " + m.getString(3));
            }
        }
        return out;
    }

    private static List<HtmlReport.Rollup> rollups(Dataset<Row> rows) {
        List<HtmlReport.Rollup> out = new ArrayList<>();
        for (Row r : rows.select("province_code", "province", "admin_level", "measure", "value", "reports", "report_year").collectAsList()) {
            out.add(new HtmlReport.Rollup(r.getString(0), r.getString(1), r.getString(2), r.getString(3), (Double) r.get(4),
                    r.getLong(5), r.getInt(6)));
        }
        return out;
    }

}

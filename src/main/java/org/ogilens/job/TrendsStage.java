package org.ogilens.job;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ogilens.analyze.Indicators;
import org.ogilens.analyze.ReportPoint;
import org.ogilens.analyze.Rollups;
import org.ogilens.analyze.SeriesAnalyzer;
import org.ogilens.extract.Metrics;
import org.ogilens.write.OutputSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The cross-report stage, from region_year alone (never re-parsing): indicators per report, trends per issuer
 * series, roll-ups per province × level × year, cross-year checks. The row mappers are static and tested
 * directly; the analysis is plain Java in {@code org.ogilens.analyze}.
 */
public final class TrendsStage {
    private static final StructType CHECK_ROW = OutputSchema.table(OutputSchema.CHECKS).schema();

    private TrendsStage() {}

    /** The stage's outputs, unwritten. */
    public record Outputs(Dataset<Row> indicators, Dataset<Row> trends, Dataset<Row> rollups, Dataset<Row> crossYearChecks) {}

    public static Outputs build(Dataset<Row> regionYear) {
        StructType ryType = regionYear.schema();
        Dataset<Row> indicators = regionYear.map((MapFunction<Row, Row>) TrendsStage::indicatorRow,
                Encoders.row(OutputSchema.table(OutputSchema.INDICATORS).schema()));
        Dataset<Row> placed = regionYear.where(col("region_code").isNotNull().and(col("report_year").isNotNull()));
        var bySeries = placed.groupByKey((MapFunction<Row, String>) r -> point(r).seriesId(), Encoders.STRING());
        Dataset<Row> trends = bySeries.flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) TrendsStage::trendRows,
                Encoders.row(OutputSchema.table(OutputSchema.TRENDS).schema()));
        Dataset<Row> checks = bySeries.flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) TrendsStage::checkRows,
                Encoders.row(CHECK_ROW));
        StructType keyed = new StructType().add("key", DataTypes.StringType).add("report", ryType);
        Dataset<Row> rollups = regionYear.where(col("issuer_kind").equalTo("government"))
                .flatMap((FlatMapFunction<Row, Row>) TrendsStage::groupKeys, Encoders.row(keyed))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) TrendsStage::rollupRows,
                        Encoders.row(OutputSchema.table(OutputSchema.ROLLUPS).schema()));
        return new Outputs(indicators, trends, rollups, checks);
    }

    /** A region_year row as the analysis sees it. */
    public static ReportPoint point(Row r) {
        Map<String, Double> m = new HashMap<>();
        for (String k : Metrics.keys()) {
            int i = r.fieldIndex(k);
            if (!r.isNullAt(i)) m.put(k, ((Number) r.get(i)).doubleValue());
        }
        Object date = r.getAs("publish_date");
        Object year = r.getAs("report_year");
        return new ReportPoint(r.getAs("doc_id"), r.getAs("issuer"), r.getAs("issuer_kind"), r.getAs("admin_level"),
                r.getAs("region_code"), r.getAs("province"), r.getAs("province_code"),
                year == null ? null : ((Number) year).intValue(), date == null ? null : date.toString(), m);
    }

    public static Row indicatorRow(Row regionYear) {
        ReportPoint p = point(regionYear);
        List<Object> v = new ArrayList<>(identity(p));
        v.addAll(Indicators.compute(p.metrics()).values());
        v.add(p.year());
        return RowFactory.create(v.toArray());
    }

    static Iterator<Row> trendRows(String series, Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (SeriesAnalyzer.TrendPoint t : SeriesAnalyzer.analyze(series, points(rows)).trends()) {
            List<Object> v = new ArrayList<>();
            v.add(series);
            v.addAll(identity(t.report()));
            v.add(t.measure());
            v.add(t.kind());
            v.add(t.value());
            v.add(t.prevYear());
            v.add(t.prevValue());
            v.add(t.change());
            v.add(t.pctChange());
            v.add(t.outlier());
            v.add(t.reportsInYear());
            v.add(t.report().year());
            out.add(RowFactory.create(v.toArray()));
        }
        return out.iterator();
    }

    static Iterator<Row> checkRows(String series, Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (SeriesAnalyzer.CrossYearCheck c : SeriesAnalyzer.analyze(series, points(rows)).checks()) {
            out.add(RowFactory.create(c.docId(), c.result().check(), c.result().status(), c.result().expected(),
                    c.result().actual(), c.result().detail(), c.year()));
        }
        return out.iterator();
    }

    static Iterator<Row> groupKeys(Row regionYear) {
        List<Row> out = new ArrayList<>();
        ReportPoint p = point(regionYear);
        for (String[] g : Rollups.groups(p)) {
            out.add(RowFactory.create(g[0] + "|" + (g[1] == null ? "" : g[1]) + "|" + g[2] + "|" + p.year(), regionYear));
        }
        return out.iterator();
    }

    static Iterator<Row> rollupRows(String key, Iterator<Row> keyed) {
        String[] k = key.split("\\|", -1);
        List<ReportPoint> reports = new ArrayList<>();
        while (keyed.hasNext()) reports.add(point(keyed.next().getStruct(1)));
        String province = null;
        if (k[0].equals("province")) {
            province = reports.stream().map(ReportPoint::province).filter(java.util.Objects::nonNull).sorted().findFirst().orElse(null);
        }
        List<Row> out = new ArrayList<>();
        for (Rollups.Figure f : Rollups.aggregate(k[2], reports)) {
            out.add(RowFactory.create(k[0], k[1].isEmpty() ? null : k[1], province, k[2], f.measure(), f.kind(), f.value(),
                    f.numerator(), f.denominator(), f.reports(), f.governmentReports(), Integer.parseInt(k[3])));
        }
        return out.iterator();
    }

    private static List<ReportPoint> points(Iterator<Row> rows) {
        List<ReportPoint> l = new ArrayList<>();
        while (rows.hasNext()) l.add(point(rows.next()));
        return l;
    }

    private static List<Object> identity(ReportPoint p) {
        List<Object> v = new ArrayList<>();
        v.add(p.docId());
        v.add(p.issuer());
        v.add(p.issuerKind());
        v.add(p.adminLevel());
        v.add(p.regionCode());
        v.add(p.province());
        v.add(p.provinceCode());
        return v;
    }
}

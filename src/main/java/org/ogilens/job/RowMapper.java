package org.ogilens.job;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ogilens.check.CheckResult;
import org.ogilens.extract.GridCell;
import org.ogilens.extract.MetricValue;
import org.ogilens.extract.Metrics;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.understand.Identity;
import org.ogilens.understand.Region;
import org.ogilens.understand.RequestTopics;
import org.ogilens.understand.TextAnalyzer;
import org.ogilens.write.OutputSchema;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one {@link ProcessedDocument} to one "parsed" row: the reports columns, the reject fields, and the
 * metrics, grid cells and checks as arrays of structs (exploded into their tables by the job). Static and
 * Spark-free apart from Row, so it is tested directly.
 */
public final class RowMapper {
    public static final StructType METRIC = new StructType()
            .add("metric", DataTypes.StringType).add("value", DataTypes.DoubleType).add("method", DataTypes.StringType)
            .add("offset", DataTypes.IntegerType).add("snippet", DataTypes.StringType);
    public static final StructType CELL = new StructType()
            .add("row", DataTypes.StringType).add("applicant", DataTypes.StringType)
            .add("value", DataTypes.DoubleType).add("offset", DataTypes.IntegerType);
    public static final StructType CHECK = new StructType()
            .add("check", DataTypes.StringType).add("status", DataTypes.StringType).add("expected", DataTypes.DoubleType)
            .add("actual", DataTypes.DoubleType).add("detail", DataTypes.StringType);

    public static final StructType TERM = new StructType()
            .add("section", DataTypes.StringType).add("term", DataTypes.StringType).add("pos", DataTypes.StringType)
            .add("count", DataTypes.IntegerType);
    /** A term's count in the whole report (all sections and parts of speech): what keywords and term_trends aggregate. */
    public static final StructType DOC_TERM = new StructType()
            .add("term", DataTypes.StringType).add("count", DataTypes.IntegerType);
    public static final StructType TOPIC = new StructType()
            .add("topic", DataTypes.StringType).add("phrase", DataTypes.StringType).add("sentence", DataTypes.StringType)
            .add("offset", DataTypes.IntegerType);

    /**
     * The parsed row: reports columns, then reject_reason, reject_detail, metrics, grid, checks, metric_values,
     * terms, topics, doc_terms (the terms summed over sections and parts of speech, once here rather than by a
     * Spark aggregation over every term row of the corpus).
     */
    public static final StructType PARSED;

    static {
        List<StructField> f = new ArrayList<>(List.of(OutputSchema.table(OutputSchema.REPORTS).schema().fields()));
        f.add(DataTypes.createStructField("reject_reason", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("reject_detail", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("metrics", DataTypes.createArrayType(METRIC, false), true));
        f.add(DataTypes.createStructField("grid", DataTypes.createArrayType(CELL, false), true));
        f.add(DataTypes.createStructField("checks", DataTypes.createArrayType(CHECK, false), true));
        f.add(DataTypes.createStructField("metric_values", DataTypes.createArrayType(DataTypes.DoubleType, true), true));
        f.add(DataTypes.createStructField("terms", DataTypes.createArrayType(TERM, false), true));
        f.add(DataTypes.createStructField("topics", DataTypes.createArrayType(TOPIC, false), true));
        f.add(DataTypes.createStructField("doc_terms", DataTypes.createArrayType(DOC_TERM, false), true));
        PARSED = new StructType(f.toArray(new StructField[0]));
    }

    private RowMapper() {}

    public static Row toRow(ProcessedDocument d) {
        Identity id = d.identity();
        Region r = id == null ? null : id.region();
        Object[] v = new Object[PARSED.size()];
        int i = 0;
        v[i++] = d.docId();
        v[i++] = d.sourcePath();
        v[i++] = id == null ? null : id.title();
        v[i++] = id == null ? null : id.titleDerived();
        v[i++] = id == null ? null : id.issuer();
        v[i++] = id == null ? null : id.issuerKind();
        v[i++] = r == null ? null : r.adminLevel();
        v[i++] = r == null ? null : r.regionCode();
        v[i++] = r == null ? null : r.regionCodeAtReport();
        v[i++] = r == null ? null : r.province();
        v[i++] = r == null ? null : r.prefecture();
        v[i++] = r == null ? null : r.county();
        v[i++] = r == null ? null : r.township();
        v[i++] = r == null ? null : r.provinceCode();
        v[i++] = date(id == null ? null : id.publishDate());
        v[i++] = date(id == null ? null : id.periodStart());
        v[i++] = date(id == null ? null : id.periodEnd());
        v[i++] = id == null ? null : id.format();
        v[i++] = d.fileKind();
        v[i++] = d.charset();
        v[i++] = d.sizeBytes();
        v[i++] = d.isReport() ? d.charCount() : null;
        TextAnalyzer.TextAnalysis a = d.analysis();
        v[i++] = a == null ? null : a.tokenCount();
        v[i++] = d.isReport() ? d.extraction().values().size() : null;
        v[i++] = d.warnings().toArray(new String[0]);
        v[i++] = d.isReport() ? d.extraction().notes().toArray(new String[0]) : new String[0];
        boolean std = id != null && id.format() != null && id.format().startsWith("std_");
        v[i++] = std ? d.extraction().tables().getOrDefault("requests", "absent") : null;
        v[i++] = std ? d.extraction().tables().getOrDefault("review", "absent") : null;
        v[i++] = null; // keywords: ranked against the corpus by the job (Keywords), not per document
        v[i++] = a == null ? null : a.summary();
        v[i++] = a == null ? null : a.problems().toArray(new String[0]);
        v[i++] = a == null ? null : a.measures().toArray(new String[0]);
        v[i++] = d.parseMillis();
        v[i++] = id == null ? null : id.reportYear();
        v[i++] = d.rejectReason();
        v[i++] = d.rejectDetail();
        List<Row> metrics = new ArrayList<>(), grid = new ArrayList<>(), checks = new ArrayList<>();
        Double[] values = new Double[Metrics.keys().size()];
        if (d.isReport()) {
            List<String> keys = Metrics.keys();
            for (String key : keys) {
                MetricValue m = d.extraction().values().get(key);
                if (m == null) continue;
                metrics.add(RowFactory.create(m.key(), m.value(), m.method(), m.offset(), m.snippet()));
                values[keys.indexOf(key)] = m.value();
            }
            for (GridCell c : d.extraction().grid()) grid.add(RowFactory.create(c.row(), c.applicant(), c.value(), c.offset()));
            for (CheckResult c : d.checks()) checks.add(RowFactory.create(c.check(), c.status(), c.expected(), c.actual(), c.detail()));
        }
        v[i++] = metrics.toArray(new Row[0]);
        v[i++] = grid.toArray(new Row[0]);
        v[i++] = checks.toArray(new Row[0]);
        v[i++] = values;
        List<Row> terms = new ArrayList<>(), topics = new ArrayList<>();
        if (a != null) {
            for (TextAnalyzer.TermCount t : a.terms()) terms.add(RowFactory.create(t.section(), t.term(), t.pos(), t.count()));
            for (RequestTopics.Topic t : a.topics()) topics.add(RowFactory.create(t.topic(), t.phrase(), t.sentence(), t.offset()));
        }
        v[i++] = terms.toArray(new Row[0]);
        v[i++] = topics.toArray(new Row[0]);
        List<Row> docTerms = new ArrayList<>();
        if (a != null) {
            java.util.Map<String, int[]> total = new java.util.LinkedHashMap<>();
            for (TextAnalyzer.TermCount t : a.terms()) total.computeIfAbsent(t.term(), k -> new int[1])[0] += t.count();
            for (java.util.Map.Entry<String, int[]> e : total.entrySet()) docTerms.add(RowFactory.create(e.getKey(), e.getValue()[0]));
        }
        v[i++] = docTerms.toArray(new Row[0]);
        return RowFactory.create(v);
    }

    private static Date date(String iso) {
        if (iso == null) return null;
        try {
            return Date.valueOf(iso);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.ogilens.job;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ogilens.check.QualityReport;
import org.ogilens.write.OutputSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;

/**
 * {@code quality --dataset DIR}: the label-free quality report of a published dataset, from a handful of
 * group-bys (only their counts reach the driver), printed and written to {@code DIR/_quality.json}.
 */
public final class QualityJob {
    private QualityJob() {}

    public static QualityReport run(SparkSession spark, String dataset) throws IOException {
        Dataset<Row> reports = TableReader.read(spark, dataset, OutputSchema.REPORTS)
                .select("doc_id", "format", "requests_table", "review_table", "region_code", "report_year", "warnings").cache();
        QualityReport q = new QualityReport();
        for (Row r : reports.groupBy("format").count().collectAsList()) q.count(QualityReport.FORMATS, String.valueOf(r.getString(0)), r.getLong(1));
        for (String t : new String[]{"requests_table", "review_table"}) {
            String counter = t.equals("requests_table") ? QualityReport.REQUESTS : QualityReport.REVIEW;
            for (Row r : reports.where(col("format").startsWith("std_")).groupBy("format", t).count().collectAsList()) {
                q.count(counter, r.getString(0) + "/" + r.getString(1), r.getLong(2));
            }
        }
        q.count(QualityReport.IDENTITY, "region_unresolved", reports.where(col("region_code").isNull()).count());
        q.count(QualityReport.IDENTITY, "year_unresolved", reports.where(col("report_year").isNull()).count());
        for (Row r : reports.select(col("doc_id"), explode(col("warnings")).as("w")).groupBy("w").agg(countDistinct("doc_id")).collectAsList()) {
            q.count(QualityReport.WARNINGS, r.getString(0), r.getLong(1));
        }
        Dataset<Row> metrics = TableReader.read(spark, dataset, OutputSchema.METRICS).select("doc_id", "metric");
        for (Row r : metrics.join(reports.select("doc_id", "format"), "doc_id").groupBy("format", "metric")
                .agg(countDistinct("doc_id")).collectAsList()) {
            q.count(QualityReport.METRICS, r.getString(0) + "/" + r.getString(1), r.getLong(2));
        }
        for (Row r : TableReader.read(spark, dataset, OutputSchema.REJECTS).groupBy("reason").count().collectAsList()) {
            q.count(QualityReport.REJECTS, r.getString(0), r.getLong(1));
        }
        reports.unpersist();
        Path out = new Path(dataset, "_quality.json");
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (FSDataOutputStream o = fs.create(out, true)) {
            o.write(q.toJson().getBytes(StandardCharsets.UTF_8));
        }
        return q;
    }
}

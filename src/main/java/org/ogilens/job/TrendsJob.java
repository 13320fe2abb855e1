package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ogilens.analyze.SeriesAnalyzer;
import org.ogilens.write.DatasetPublisher;
import org.ogilens.write.OutputSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

/**
 * {@code trends --dataset DIR}: rebuilds indicators, trends, rollups and the cross-year checks of a published
 * dataset from its region_year and checks tables, without re-parsing, and publishes them the way a build does
 * (staging, then a swap; the other tables and _run.json stay as they are).
 */
public final class TrendsJob {
    private TrendsJob() {}

    /** Returns the tables republished. */
    public static List<String> run(SparkSession spark, String dataset) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        DatasetPublisher publisher = new DatasetPublisher(dataset, DatasetPublisher.newRunId(), hadoop);
        publisher.recover();
        Path root = new Path(dataset);
        FileSystem fs = root.getFileSystem(hadoop);
        for (String t : new String[]{OutputSchema.REGION_YEAR, OutputSchema.CHECKS}) {
            if (!fs.exists(new Path(root, t))) throw new IOException("not a published dataset (no " + t + "): " + dataset);
        }
        Dataset<Row> regionYear = TableReader.read(spark, dataset, OutputSchema.REGION_YEAR);
        Dataset<Row> perReport = TableReader.read(spark, dataset, OutputSchema.CHECKS)
                .where(not(col("check").isin(SeriesAnalyzer.CROSS_YEAR_CHECKS.toArray())));
        Map<String, Double> written;
        try {
            try (StagedWrites w = new StagedWrites()) {
                BuildJob.submitTrends(w, List.of(), () -> regionYear, () -> perReport, new TableWriter(publisher, false));
                written = w.await(OutputSchema.tableNames());
            }
            Path run = new Path(root, "_run.json");
            String runJson = "{}";
            if (fs.exists(run)) {
                try (var in = fs.open(run)) {
                    runJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            publisher.publish(new ArrayList<>(written.keySet()), runJson);
        } catch (IOException | RuntimeException e) {
            publisher.abandon();
            throw e;
        }
        return new ArrayList<>(written.keySet());
    }
}

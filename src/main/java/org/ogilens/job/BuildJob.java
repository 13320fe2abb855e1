package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.ogilens.extract.Metrics;
import org.ogilens.ingest.Rejects;
import org.ogilens.write.DatasetPublisher;
import org.ogilens.write.OutputSchema;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * The build: list inputs → parse each file (plain Java, in mapPartitions) → remove duplicates → write the
 * tables to staging → publish. Spark only wires the stages; nothing of the corpus is collected to the driver
 * (only the list of paths goes out, and counts come back).
 */
public final class BuildJob {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BuildJob.class);
    private final SparkSession spark;
    private final JobConfig config;

    public BuildJob(SparkSession spark, JobConfig config) {
        this.spark = spark;
        this.config = config;
    }

    /** A full build: every input is parsed. */
    public RunSummary run(List<String> inputs, String output) throws IOException {
        return run(inputs, output, null);
    }

    /**
     * With {@code previous} (a dataset an earlier build published, often the output itself), an incremental build:
     * an input whose path, size and modification time are unchanged keeps its previous parse; one whose size or time
     * changed is read and hashed, and reparsed only when its SHA-256 differs; new inputs are parsed, removed ones
     * dropped. Everything after parsing is recomputed, so the dataset is the one a full build would publish. The
     * previous parses are only used when they were made by the same job version with the same parse settings.
     */
    public RunSummary run(List<String> inputs, String output, String previous) throws IOException {
        long t0 = System.nanoTime();
        String runId = DatasetPublisher.newRunId();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        LiteralPaths.checkOutput(output, hadoop);
        DatasetPublisher publisher = new DatasetPublisher(output, runId, hadoop);
        publisher.recover();

        List<InputLister.InputFile> files = InputLister.list(inputs, hadoop);
        double listSeconds = (System.nanoTime() - t0) / 1e9;
        List<Row> fileRows = new ArrayList<>(files.size());
        for (InputLister.InputFile f : files) fileRows.add(RowFactory.create(f.path(), f.size(), f.modified(), null));
        int cores = spark.sparkContext().defaultParallelism();
        int tasks = Math.max(1, Math.min(files.size(),
                Math.max(cores * config.getInt("ogilens.tasksPerCore"), files.size() / config.getInt("ogilens.filesPerTask"))));

        ParsePartition parse = new ParsePartition(serialize(hadoop), config.getLong("ogilens.maxFileBytes"),
                config.getInt("ogilens.maxPdfPages"), Boolean.parseBoolean(config.get("ogilens.textAnalytics")),
                config.getLong("ogilens.maxParseMillis"));
        // the listing is cut into the parse tasks here (a slice per task), not carried whole in one task and shuffled
        Dataset<Row> listed = spark.createDataFrame(
                new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()).parallelize(fileRows, tasks), ParsePartition.INPUT);
        String fingerprint = parseFingerprint();
        Dataset<Row> old = previous == null ? null : previousParses(previous, fingerprint);
        Dataset<Row> parsedAll;
        if (old == null) {
            parsedAll = listed.mapPartitions(parse, Encoders.row(ParsePartition.OUTPUT)).withColumn("_reused", lit(false));
        } else {
            Dataset<Row> o = old.select(col("source_path").as("o_path"), col("size_bytes").as("o_size"),
                    col("modified").as("o_modified"), col("content_hash").as("o_hash"));
            Dataset<Row> joined = listed.join(o, col("path").equalTo(col("o_path")), "left");
            Column same = col("o_size").equalTo(col("size")).and(col("o_modified").equalTo(col("modified")));
            Dataset<Row> kept = old.join(joined.where(same).select(col("path").as("source_path")), "source_path");
            Dataset<Row> fresh = joined.where(not(coalesce(same, lit(false))))
                    .select(col("path"), col("size"), col("modified"), col("o_hash").as("old_hash"))
                    .repartition(tasks).mapPartitions(parse, Encoders.row(ParsePartition.OUTPUT));
            // same bytes under a new time: the previous parse, with the new time
            Dataset<Row> confirmed = old.drop("modified").join(fresh.where(col("unchanged"))
                    .select(col("source_path"), col("modified")), "source_path");
            String[] cols = ParsePartition.OUTPUT.fieldNames();
            parsedAll = kept.selectExpr(cols).unionByName(confirmed.selectExpr(cols)).withColumn("_reused", lit(true))
                    .unionByName(fresh.where(not(col("unchanged"))).withColumn("_reused", lit(false)));
        }
        // Parse once, straight into the staged _parsed table (the next incremental build starts from it), and read
        // every table from there: each reads only the columns it needs, and no parsed row is cached or shuffled.
        String parsedDir = publisher.stagingTable(PARSED);
        Dataset<Row> losers = null;
        try {
            long tp = System.nanoTime();
            parsedAll.write().mode("overwrite").parquet(parsedDir);
            // the tables written, in publish order, with the seconds each took (the parse for _parsed)
            Map<String, Double> written = new java.util.LinkedHashMap<>();
            written.put(PARSED, (System.nanoTime() - tp) / 1e9);
            writeFingerprint(parsedDir, fingerprint, hadoop);
            Dataset<Row> parsed = spark.read().schema(ParsePartition.OUTPUT.add("_reused", DataTypes.BooleanType))
                    .parquet(hiddenTable(parsedDir, hadoop));

            // the same text at several paths is one report: keep the first path in sort order. Only (doc_id, path) pairs
            // are ranked; the few paths that lose are joined back (broadcast when small, as AQE decides)
            losers = parsed.where(col("doc_id").isNotNull()).select("doc_id", "source_path")
                    .withColumn("_r", row_number().over(Window.partitionBy("doc_id").orderBy("source_path")))
                    .where(col("_r").gt(1)).select(col("source_path").as("_dup_path")).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> ranked = parsed.join(losers, parsed.col("source_path").equalTo(losers.col("_dup_path")), "left")
                    .withColumn("_rank", when(col("_dup_path").isNull(), lit(1)).otherwise(lit(2))).drop("_dup_path");
            Dataset<Row> reports = ranked.filter(col("reject_reason").isNull().and(col("_rank").equalTo(1)));
            Dataset<Row> rejects = ranked.filter(col("reject_reason").isNotNull().or(col("_rank").gt(1)))
                    .select(col("source_path"),
                            when(col("_rank").gt(1), lit(Rejects.DUPLICATE)).otherwise(col("reject_reason")).as("reason"),
                            when(col("_rank").gt(1), lit("same normalized text as the kept report")).otherwise(col("reject_detail")).as("detail"),
                            when(col("_rank").gt(1), col("doc_id")).as("duplicate_of"),
                            col("file_kind"), col("size_bytes"));

            Dataset<Row> metrics = reports.select(col("doc_id"), explode(col("metrics")).as("m"),
                            col("province_code"), col("region_code"), col("report_year"))
                    .select(col("doc_id"), col("m.metric"), col("m.value"), col("m.method"), col("m.offset"),
                            col("m.snippet"), col("province_code"), col("region_code"), col("report_year"));
            Dataset<Row> grid = reports.select(col("doc_id"), explode(col("grid")).as("g"),
                            col("province_code"), col("region_code"), col("report_year"))
                    .select(col("doc_id"), col("g.row"), col("g.applicant"), col("g.value"), col("g.offset"),
                            col("province_code"), col("region_code"), col("report_year"));
            Dataset<Row> checks = reports.select(col("doc_id"), explode(col("checks")).as("c"), col("report_year"))
                    .select(col("doc_id"), col("c.check"), col("c.status"), col("c.expected"), col("c.actual"),
                            col("c.detail"), col("report_year"));
            List<Column> wide = new ArrayList<>();
            List<String> keys = Metrics.keys();
            for (StructField f : OutputSchema.table(OutputSchema.REGION_YEAR).schema().fields()) {
                int k = keys.indexOf(f.name());
                wide.add(k >= 0 ? col("metric_values").getItem(k).as(f.name()) : col(f.name()));
            }
            Dataset<Row> regionYear = reports.select(wide.toArray(new Column[0]));
            Dataset<Row> terms = reports.select(col("doc_id"), explode(col("terms")).as("t"), col("province_code"), col("report_year"))
                    .select(col("doc_id"), col("t.section"), col("t.term"), col("t.pos"), col("t.count"),
                            col("province_code"), col("report_year"));
            Dataset<Row> topics = reports.select(col("doc_id"), explode(col("topics")).as("t"), col("province_code"),
                            col("region_code"), col("report_year"))
                    .select(col("doc_id"), col("t.topic"), col("t.phrase"), col("t.sentence"), col("t.offset"),
                            col("province_code"), col("region_code"), col("report_year"));

            write(reports, OutputSchema.REPORTS, publisher, written);
            write(metrics, OutputSchema.METRICS, publisher, written);
            write(grid, OutputSchema.REQUEST_GRID, publisher, written);
            write(regionYear, OutputSchema.REGION_YEAR, publisher, written);
            // the cross-report stage reads back what was just staged, as `trends` reads a published dataset
            writeTrends(staged(OutputSchema.REGION_YEAR, publisher), checks, publisher, written);
            write(terms, OutputSchema.TERMS, publisher, written);
            write(topics, OutputSchema.REQUEST_TOPICS, publisher, written);
            // from the flat tables just staged, not by exploding the parsed rows again
            write(TermTrends.build(staged(OutputSchema.TERMS, publisher), staged(OutputSchema.REPORTS, publisher)),
                    OutputSchema.TERM_TRENDS, publisher, written);
            write(rejects, OutputSchema.REJECTS, publisher, written);
            long ts = System.nanoTime();
            RunSummary counted = RunSummary.of(ranked, files.size(), inputs, output, runId, t0, spark.version());
            Map<String, Double> stages = new java.util.LinkedHashMap<>();
            stages.put("list", listSeconds);
            stages.put("parse", written.get(PARSED));
            written.forEach((table, secs) -> {
                if (!table.equals(PARSED)) stages.put(table, secs);
            });
            stages.put("summary", (System.nanoTime() - ts) / 1e9);
            RunSummary summary = counted.withStageSeconds(stages);
            publisher.publish(new ArrayList<>(written.keySet()), summary.toJson());
            return summary;
        } catch (IOException | RuntimeException e) {
            publisher.abandon();
            throw e;
        } finally {
            if (losers != null) losers.unpersist();
        }
    }

    /** A table this run has written to its staging folder, read back with its documented schema. */
    private Dataset<Row> staged(String table, DatasetPublisher publisher) {
        return TableReader.read(spark, publisher.staging().toString(), table);
    }

    /** The hidden table of every file's parse that an incremental build starts from. */
    public static final String PARSED = "_parsed";
    private static final String FINGERPRINT = "_fingerprint";

    /** What a parse depends on besides the bytes: the job version and the parse settings. */
    String parseFingerprint() {
        return "ogi-lens " + Version.get() + "; maxFileBytes=" + config.get("ogilens.maxFileBytes") + "; maxPdfPages="
                + config.get("ogilens.maxPdfPages") + "; textAnalytics=" + config.get("ogilens.textAnalytics")
                + "; maxParseMillis=" + config.get("ogilens.maxParseMillis");
    }

    /** The previous build's parses, or null (a full build) when there are none or they were made differently. */
    private Dataset<Row> previousParses(String previous, String fingerprint) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(previous, PARSED);
        org.apache.hadoop.fs.FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        org.apache.hadoop.fs.Path fp = new org.apache.hadoop.fs.Path(dir, FINGERPRINT);
        if (!fs.exists(fp)) {
            LOG.warn("incremental: no previous parses in {}; parsing everything", previous);
            return null;
        }
        String was;
        try (var in = fs.open(fp)) {
            was = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        }
        if (!was.equals(fingerprint)) {
            LOG.warn("incremental: previous parses were made by [{}], this run is [{}]; parsing everything", was, fingerprint);
            return null;
        }
        return spark.read().schema(ParsePartition.OUTPUT).parquet(hiddenTable(dir.toString(), spark.sparkContext().hadoopConfiguration()));
    }

    private static void writeFingerprint(String dir, String fingerprint, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir, FINGERPRINT);
        try (var out = p.getFileSystem(hadoop).create(p, true)) {
            out.write(fingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Writes indicators, trends, rollups, and checks = the per-report checks plus the cross-year checks. */
    static void writeTrends(Dataset<Row> regionYear, Dataset<Row> perReportChecks, DatasetPublisher publisher, Map<String, Double> written) {
        TrendsStage.Outputs t = TrendsStage.build(regionYear);
        Column[] checkCols = java.util.Arrays.stream(OutputSchema.table(OutputSchema.CHECKS).schema().fieldNames())
                .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        write(perReportChecks.select(checkCols).unionByName(t.crossYearChecks().select(checkCols)), OutputSchema.CHECKS, publisher, written);
        write(t.indicators(), OutputSchema.INDICATORS, publisher, written);
        write(t.trends(), OutputSchema.TRENDS, publisher, written);
        write(t.rollups(), OutputSchema.ROLLUPS, publisher, written);
    }

    /** Writes one table in its documented column order, types and descriptions, few files per partition. */
    /** Writes one table to staging and records it in {@code written} with the seconds it took. */
    static void write(Dataset<Row> df, String name, DatasetPublisher publisher, Map<String, Double> written) {
        long t0 = System.nanoTime();
        OutputSchema.Table t = OutputSchema.table(name);
        List<Column> cols = new ArrayList<>();
        StructType in = df.schema();
        for (StructField f : t.schema().fields()) {
            // Parquet reads lists back with nullable elements, and Spark cannot cast those to non-null ones: where a
            // column already has the documented type but for nullability, it is written as it is
            boolean same = in.getFieldIndex(f.name()).isDefined()
                    && in.apply(f.name()).dataType().catalogString().equals(f.dataType().catalogString());
            cols.add((same ? col(f.name()) : col(f.name()).cast(f.dataType())).as(f.name(), f.metadata()));
        }
        Dataset<Row> out = df.select(cols.toArray(new Column[0]));
        if (!t.partitionBy().isEmpty()) {
            Column[] parts = t.partitionBy().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
            out = out.repartition(parts).sortWithinPartitions(sortColumns(t));
            out.write().mode("overwrite").partitionBy(t.partitionBy().toArray(new String[0])).parquet(publisher.stagingTable(name));
        } else {
            out.coalesce(1).write().mode("overwrite").parquet(publisher.stagingTable(name));
        }
        written.put(name, (System.nanoTime() - t0) / 1e9);
    }

    private static Column[] sortColumns(OutputSchema.Table t) {
        List<Column> s = new ArrayList<>();
        for (String c : new String[]{"scope", "province_code", "admin_level", "region_code", "series_id", "doc_id", "measure", "check"}) {
            if (t.schema().getFieldIndex(c).isDefined()) s.add(col(c));
        }
        return s.toArray(new Column[0]);
    }

    static byte[] serialize(Configuration conf) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            conf.write(out);
        }
        return bytes.toByteArray();
    }

    /**
     * A table in a folder whose name starts with _ (hidden from analysts' readers), as Spark reads it: its part
     * files, so that Spark does not warn that "all paths were ignored" (it skips hidden names at the root).
     */
    static String hiddenTable(String dir, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
        FileStatus[] parts = p.getFileSystem(hadoop).listStatus(p, f -> f.getName().endsWith(".parquet"));
        return parts.length == 0 ? LiteralPaths.forReading(dir) : LiteralPaths.forReading(dir) + "/*.parquet";
    }

    /** Applies spark.* settings of the config to a session builder. */
    public static SparkSession.Builder configure(SparkSession.Builder b, JobConfig config) {
        for (Map.Entry<String, String> e : config.all().entrySet()) {
            if (e.getKey().startsWith("spark.")) b = b.config(e.getKey(), e.getValue());
        }
        return b;
    }
}

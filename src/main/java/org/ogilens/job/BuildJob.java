package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
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
        // a small run: one task per shuffle and no adaptive re-planning, whose extra jobs would be most of its time
        boolean small = files.size() <= config.getInt("ogilens.smallRunFiles");
        Map<String, String> sessionBefore = small ? setSession(Map.of("spark.sql.shuffle.partitions", "1",
                "spark.sql.adaptive.enabled", "false")) : Map.of();
        List<Row> fileRows = new ArrayList<>(files.size());
        for (InputLister.InputFile f : files) fileRows.add(RowFactory.create(f.path(), f.size(), f.modified(), null));
        int cores = spark.sparkContext().defaultParallelism();
        int tasks = Math.max(1, Math.min(files.size(),
                Math.max(cores * config.getInt("ogilens.tasksPerCore"), files.size() / config.getInt("ogilens.filesPerTask"))));

        ParsePartition parse = new ParsePartition(serialize(hadoop), config.getLong("ogilens.maxFileBytes"),
                config.getInt("ogilens.maxPdfPages"), Boolean.parseBoolean(config.get("ogilens.textAnalytics")),
                config.getLong("ogilens.maxParseMillis"));
        org.apache.spark.util.LongAccumulator parsedFiles = spark.sparkContext().longAccumulator("files parsed");
        parse.counting(parsedFiles);
        Progress progress = new Progress(Boolean.parseBoolean(spark.conf().get("spark.ui.showConsoleProgress", "false")), System.err);
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
        try {
            long tp = System.nanoTime();
            progress.parsing(parsedFiles, old == null ? files.size() : -1);
            parsedAll.write().mode("overwrite").parquet(parsedDir);
            progress.writing(parsedFiles.value(), OutputSchema.tableNames().size());
            // the tables written, in publish order, with the seconds each took (the parse for _parsed)
            Map<String, Double> written = new java.util.LinkedHashMap<>();
            written.put(PARSED, (System.nanoTime() - tp) / 1e9);
            writeFingerprint(parsedDir, fingerprint, hadoop);
            Dataset<Row> parsed = spark.read().schema(ParsePartition.OUTPUT.add("_reused", DataTypes.BooleanType))
                    .parquet(hiddenTable(parsedDir, hadoop));

            // the same text at several paths is one report: keep the first path in sort order. Only the (doc_id, path)
            // pairs of texts seen more than once are grouped; the losing paths (no more of them than there are inputs,
            // usually a handful) come to the driver and mark their rows by a set lookup, so no table joins to them
            List<String> dupPaths = new ArrayList<>();
            for (Row r : parsed.where(col("doc_id").isNotNull()).groupBy("doc_id")
                    .agg(org.apache.spark.sql.functions.sort_array(org.apache.spark.sql.functions.collect_list("source_path")).as("paths"))
                    .where(org.apache.spark.sql.functions.size(col("paths")).gt(1)).select("paths").collectAsList()) {
                List<String> paths = r.getList(0);
                dupPaths.addAll(paths.subList(1, paths.size()));
            }
            Dataset<Row> ranked = dupPaths.isEmpty() ? parsed.withColumn("_rank", lit(1))
                    : parsed.withColumn("_rank", when(col("source_path").isin(dupPaths.toArray()), lit(2)).otherwise(lit(1)));
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

            // the tables are written as concurrent jobs; those read back from staging wait for what they read
            TableWriter write = new TableWriter(publisher, small);
            try (StagedWrites w = new StagedWrites()) {
                w.submit(OutputSchema.TERMS, () -> write.table(terms, OutputSchema.TERMS));
                // keywords rank every report's terms against the whole corpus; reports take theirs from the staged keywords
                w.submit(OutputSchema.KEYWORDS, () -> write.table(Keywords.build(
                        reports.select("doc_id", "region_code", "province_code", "report_year", "token_count", "doc_terms")), OutputSchema.KEYWORDS));
                w.submit(OutputSchema.REPORTS, List.of(OutputSchema.KEYWORDS), () -> write.table(
                        withKeywords(reports, staged(OutputSchema.KEYWORDS, publisher)), OutputSchema.REPORTS));
                w.submit(OutputSchema.METRICS, () -> write.table(metrics, OutputSchema.METRICS));
                w.submit(OutputSchema.REQUEST_GRID, () -> write.table(grid, OutputSchema.REQUEST_GRID));
                w.submit(OutputSchema.REGION_YEAR, () -> write.table(regionYear, OutputSchema.REGION_YEAR));
                // the cross-report stage reads back what was just staged, as `trends` reads a published dataset
                submitTrends(w, List.of(OutputSchema.REGION_YEAR), () -> staged(OutputSchema.REGION_YEAR, publisher), () -> checks, write);
                w.submit(OutputSchema.REQUEST_TOPICS, () -> write.table(topics, OutputSchema.REQUEST_TOPICS));
                // from each report's terms summed once in the parse, not by aggregating every term row of the corpus
                w.submit(OutputSchema.TERM_TRENDS, () -> write.table(TermTrends.build(
                        reports.select("report_year", "province_code", "token_count", "doc_terms")), OutputSchema.TERM_TRENDS));
                w.submit(OutputSchema.REJECTS, () -> write.table(rejects, OutputSchema.REJECTS));
                written.putAll(w.await(OutputSchema.tableNames()));
            }
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
            progress.close();
            setSession(sessionBefore);
        }
    }

    /** Sets session settings for this run; returns what they were (null = unset), to be set back after it. */
    private Map<String, String> setSession(Map<String, String> settings) {
        Map<String, String> before = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            before.put(e.getKey(), spark.conf().contains(e.getKey()) ? spark.conf().get(e.getKey()) : null);
            if (e.getValue() == null) spark.conf().unset(e.getKey());
            else spark.conf().set(e.getKey(), e.getValue());
        }
        return before;
    }

    /** A table this run has written to its staging folder, read back with its documented schema. */
    private Dataset<Row> staged(String table, DatasetPublisher publisher) {
        return TableReader.read(spark, publisher.staging().toString(), table);
    }

    /** The hidden table of every file's parse that an incremental build starts from. */
    public static final String PARSED = "_parsed";
    private static final String FINGERPRINT = "_fingerprint";

    /** What a parse depends on besides the bytes: the job version, the parse settings and the parsed row's schema. */
    String parseFingerprint() {
        return "ogi-lens " + Version.get() + "; maxFileBytes=" + config.get("ogilens.maxFileBytes") + "; maxPdfPages="
                + config.get("ogilens.maxPdfPages") + "; textAnalytics=" + config.get("ogilens.textAnalytics")
                + "; maxParseMillis=" + config.get("ogilens.maxParseMillis")
                // the parsed row's own format: a previous parse without a column this version reads is no parse of it
                + "; schema=" + org.ogilens.pipeline.DocumentProcessor.sha256Hex(
                        ParsePartition.OUTPUT.json().getBytes(java.nio.charset.StandardCharsets.UTF_8), 8);
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

    /** The reports with their keywords (in rank order) from the keywords table; null where text analytics was off. */
    static Dataset<Row> withKeywords(Dataset<Row> reports, Dataset<Row> keywords) {
        Dataset<Row> per = Keywords.perReport(keywords);
        return reports.drop("keywords").join(per, reports.col("doc_id").equalTo(per.col("doc_id")), "left")
                .drop(per.col("doc_id"))
                .withColumn("keywords", when(col("token_count").isNull(), lit(null))
                        .otherwise(coalesce(col("_keywords"), org.apache.spark.sql.functions.array())))
                .drop("_keywords");
    }

    /**
     * Submits the writes of indicators, trends, rollups, and checks = the per-report checks plus the cross-year
     * checks, each once the tables of {@code after} are staged.
     */
    static void submitTrends(StagedWrites w, List<String> after, java.util.function.Supplier<Dataset<Row>> regionYear,
                             java.util.function.Supplier<Dataset<Row>> perReportChecks, TableWriter write) {
        w.submit(OutputSchema.CHECKS, after, () -> {
            Column[] checkCols = java.util.Arrays.stream(OutputSchema.table(OutputSchema.CHECKS).schema().fieldNames())
                    .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
            write.table(perReportChecks.get().select(checkCols).unionByName(TrendsStage.build(regionYear.get()).crossYearChecks().select(checkCols)),
                    OutputSchema.CHECKS);
        });
        w.submit(OutputSchema.INDICATORS, after, () -> write.table(TrendsStage.build(regionYear.get()).indicators(), OutputSchema.INDICATORS));
        w.submit(OutputSchema.TRENDS, after, () -> write.table(TrendsStage.build(regionYear.get()).trends(), OutputSchema.TRENDS));
        w.submit(OutputSchema.ROLLUPS, after, () -> write.table(TrendsStage.build(regionYear.get()).rollups(), OutputSchema.ROLLUPS));
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

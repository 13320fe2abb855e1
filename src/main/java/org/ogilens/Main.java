package org.ogilens;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ogilens.evaluate.EvaluateJob;
import org.ogilens.evaluate.Evaluator;
import org.ogilens.generate.CorpusGenerator;
import org.ogilens.job.BuildJob;
import org.ogilens.job.DatasetComparer;
import org.ogilens.job.JobConfig;
import org.ogilens.job.ReportJob;
import org.ogilens.job.RunSummary;
import org.ogilens.job.TrendsJob;
import org.ogilens.job.Version;
import org.ogilens.write.DataDictionary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Command line: {@code build}, {@code evaluate}, {@code generate}, {@code dictionary}. Run by jobs/ogi-lens locally or by spark-submit on a cluster. */
@Command(name = "ogi-lens", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        subcommands = {Main.Build.class, Main.Trends.class, Main.Report.class, Main.Compare.class, Main.Evaluate.class, Main.Score.class, Main.Inspect.class, Main.Quality.class, Main.Generate.class, Main.BenchTokenizer.class, Main.BenchParse.class, Main.BenchSegment.class, Main.Floor.class, Main.Dictionary.class},
        description = "Turns open-government-information annual reports into partitioned Parquet.")
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() { return new String[]{"ogi-lens " + Version.get()}; }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Parse every report under the inputs and publish the dataset to the output folder.")
    static final class Build implements Callable<Integer> {
        @Option(names = "--input", required = true, arity = "1..*",
                description = "files, folders or globs on any Hadoop file system (file://, hdfs://, s3a://)")
        List<String> inputs = new ArrayList<>();

        @Option(names = "--output", required = true, description = "dataset folder (tables are published into it)")
        String output;

        @Option(names = "--master", description = "Spark master; default: the one spark-submit gives, else local[*]")
        String master;

        @Option(names = "--config", description = "properties file of settings (see conf/ogi-lens.properties)")
        Path configFile;

        @Option(names = "--incremental", description = "reparse only new or changed inputs (path, size, time; confirmed by SHA-256), "
                + "reuse the previous parse of the others, drop removed ones; the result equals a full build")
        boolean incremental;

        @Option(names = "--previous", description = "with --incremental: the dataset to start from (default: --output)")
        String previous;

        @Option(names = "--conf", description = "a setting key=value, overriding --config (repeatable)")
        List<String> overrides = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            JobConfig config = new JobConfig();
            if (configFile != null) config.load(configFile);
            for (String o : overrides) config.set(o);
            SparkSession.Builder b = BuildJob.configure(SparkSession.builder().appName("ogi-lens build"), config);
            // --master, else the one spark-submit gives, else the embedded local[*]
            String m = master != null ? master : new SparkConf().get("spark.master", "local[*]");
            b = b.master(m);
            if (m.startsWith("local")) {
                // the embedded Spark's executor is this JVM: load HanLP's dictionaries and the gazetteer while Spark
                // starts, instead of in the first parse tasks (on a cluster the executors load their own, lazily)
                Thread warm = new Thread(() -> {
                    org.ogilens.understand.Gazetteer.get();
                    if (Boolean.parseBoolean(config.get("ogilens.textAnalytics"))) org.ogilens.understand.HanLPTokenizer.segment();
                }, "ogi-lens-warm-up");
                warm.setDaemon(true);
                warm.start();
            }
            SparkSession spark = b.getOrCreate();
            try {
                RunSummary s = new BuildJob(spark, config).run(inputs, output,
                        incremental ? (previous != null ? previous : output) : null);
                System.out.print(s.toText());
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "trends", mixinStandardHelpOptions = true,
            description = "Rebuild indicators, trends, rollups and cross-year checks of a published dataset, without re-parsing.")
    static final class Trends implements Callable<Integer> {
        @Option(names = "--dataset", required = true, description = "a dataset folder written by build")
        String dataset;

        @Option(names = "--master", description = "Spark master; default: the one spark-submit gives, else local[*]")
        String master;

        @Override
        public Integer call() throws Exception {
            SparkSession spark = session("ogi-lens trends", master);
            try {
                long t0 = System.nanoTime();
                List<String> tables = TrendsJob.run(spark, dataset);
                System.out.printf("republished %s in %s in %.1f s%n", String.join(", ", tables), dataset, (System.nanoTime() - t0) / 1e9);
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write one self-contained HTML file of charts and tables from a published dataset.")
    static final class Report implements Callable<Integer> {
        @Option(names = "--dataset", required = true, description = "a dataset folder written by build")
        String dataset;

        @Option(names = "--output", required = true, description = "the HTML file to write")
        Path output;

        @Option(names = "--master", description = "Spark master; default: the one spark-submit gives, else local[*]")
        String master;

        @Override
        public Integer call() throws Exception {
            SparkSession spark = session("ogi-lens report", master);
            try {
                String html = ReportJob.render(spark, dataset);
                if (output.toAbsolutePath().getParent() != null) Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, html, StandardCharsets.UTF_8);
                System.out.printf("wrote %s (%,d bytes)%n", output, html.getBytes(StandardCharsets.UTF_8).length);
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Whether two datasets hold the same rows in every table (exit 0) or not (exit 1); run-time columns left out.")
    static final class Compare implements Callable<Integer> {
        @Option(names = "--left", required = true, description = "a dataset folder")
        String left;

        @Option(names = "--right", required = true, description = "another dataset folder")
        String right;

        @Option(names = "--master", description = "Spark master; default: the one spark-submit gives, else local[*]")
        String master;

        @Override
        public Integer call() throws Exception {
            SparkSession spark = session("ogi-lens compare", master);
            try {
                List<DatasetComparer.TableDiff> d = DatasetComparer.compare(spark, left, right);
                System.out.print(DatasetComparer.render(d));
                return d.stream().allMatch(DatasetComparer.TableDiff::same) ? 0 : 1;
            } finally {
                spark.stop();
            }
        }
    }

    static SparkSession session(String app, String master) {
        SparkSession.Builder b = SparkSession.builder().appName(app).config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8");
        if (master != null) b = b.master(master);
        else if (!new SparkConf().contains("spark.master")) b = b.master("local[*]");
        return b.getOrCreate();
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Score a published dataset against gold files (*.gold.jsonl): precision, recall, dimension accuracy, every mismatch.")
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--dataset", required = true, description = "a dataset folder written by build")
        String dataset;

        @Option(names = "--gold", required = true, arity = "1..*", description = "gold files, one JSON record per line")
        List<Path> gold = new ArrayList<>();

        @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default: ${DEFAULT-VALUE})")
        String master;

        @Option(names = "--max-mismatches", defaultValue = "200", description = "mismatches to list (default: ${DEFAULT-VALUE})")
        int maxMismatches;

        @Option(names = "--min-precision", description = "exit 1 when overall precision is below this")
        Double minPrecision;

        @Option(names = "--min-recall", description = "exit 1 when overall recall is below this")
        Double minRecall;

        @Override
        public Integer call() throws Exception {
            List<Evaluator.Gold> records = new ArrayList<>();
            for (Path g : gold) records.addAll(Evaluator.readGold(g));
            SparkSession spark = SparkSession.builder().appName("ogi-lens evaluate").master(master)
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                Evaluator.Score s = EvaluateJob.run(spark, dataset, records);
                System.out.print(s.render(maxMismatches));
                boolean ok = (minPrecision == null || s.overall.precision() >= minPrecision)
                        && (minRecall == null || s.overall.recall() >= minRecall);
                return ok ? 0 : 1;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Score gold files straight on the files they name, with the plain-Java parser (no Spark, no dataset).")
    static final class Score implements Callable<Integer> {
        @Option(names = "--gold", required = true, arity = "1..*", description = "gold files, one JSON record per line")
        List<Path> gold = new ArrayList<>();

        @Option(names = "--root", required = true, description = "folder the records' file paths are relative to")
        Path root;

        @Option(names = "--max-mismatches", defaultValue = "200", description = "mismatches to list (default: ${DEFAULT-VALUE})")
        int maxMismatches;

        @Option(names = "--min-precision", description = "exit 1 when overall precision is below this")
        Double minPrecision;

        @Option(names = "--min-recall", description = "exit 1 when overall recall is below this")
        Double minRecall;

        @Override
        public Integer call() throws Exception {
            List<Evaluator.Gold> records = new ArrayList<>();
            for (Path g : gold) records.addAll(Evaluator.readGold(g));
            Evaluator.Score s = org.ogilens.evaluate.FileScorer.score(records, root,
                    new org.ogilens.pipeline.DocumentProcessor(20_000_000, 500));
            System.out.print(s.render(maxMismatches));
            boolean ok = (minPrecision == null || s.overall.precision() >= minPrecision)
                    && (minRecall == null || s.overall.recall() >= minRecall);
            return ok ? 0 : 1;
        }
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Parse files with the plain-Java pipeline and print what was read: identity, every figure with its evidence, checks, warnings and their notes.")
    static final class Inspect implements Callable<Integer> {
        @CommandLine.Parameters(arity = "1..*", description = "report files")
        List<Path> files = new ArrayList<>();

        @Option(names = "--text", description = "also the text analytics: token count, summary, problems, measures, request topics")
        boolean text;

        @Override
        public Integer call() throws Exception {
            org.ogilens.pipeline.DocumentProcessor p = new org.ogilens.pipeline.DocumentProcessor(20_000_000, 500, text);
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                System.out.print(org.ogilens.pipeline.Inspection.render(p.process(f.toString(), bytes, bytes.length)));
            }
            return 0;
        }
    }

    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = "The label-free data-quality report of a dataset (printed, and written to DIR/_quality.json), "
                    + "or of a folder of files parsed on the spot with the plain-Java pipeline (--files, no Spark).")
    static final class Quality implements Callable<Integer> {
        @Option(names = "--dataset", description = "a dataset folder written by build")
        String dataset;

        @Option(names = "--files", description = "a local folder of report files, parsed without Spark")
        Path files;

        @Option(names = "--master", description = "Spark master; default: the one spark-submit gives, else local[*]")
        String master;

        @Override
        public Integer call() throws Exception {
            org.ogilens.check.QualityReport q;
            if (files != null) {
                q = new org.ogilens.check.QualityReport();
                org.ogilens.pipeline.DocumentProcessor p = new org.ogilens.pipeline.DocumentProcessor(20_000_000, 500);
                List<Path> all;
                try (var walk = Files.walk(files)) {
                    all = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
                }
                for (Path f : all) {
                    byte[] bytes = Files.readAllBytes(f);
                    var d = p.process(f.toString(), bytes, bytes.length);
                    if (d.isReport()) q.add(org.ogilens.pipeline.QualityFacts.of(d));
                    else q.reject(d.rejectReason());
                }
            } else if (dataset != null) {
                SparkSession spark = session("ogi-lens quality", master);
                try {
                    q = org.ogilens.job.QualityJob.run(spark, dataset);
                } finally {
                    spark.stop();
                }
            } else {
                throw new CommandLine.ParameterException(new CommandLine(this), "give --dataset or --files");
            }
            System.out.print(q.render());
            return 0;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write synthetic reports with known truth (gold JSONL in _expected/) for tests and benchmarks.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--count", required = true, description = "number of reports")
        int count;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE}); same seed, same corpus")
        long seed;

        @Option(names = "--output", required = true, description = "corpus folder")
        Path output;

        @Option(names = "--series-length", defaultValue = "1",
                description = "reports per issuer over consecutive years (default: ${DEFAULT-VALUE}: every report on its own)")
        int seriesLength;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            new CorpusGenerator(seed).writeCorpus(count, seriesLength, output);
            System.out.printf("wrote %d reports to %s and their truth to %s in %.1f s%n", count, output,
                    output.resolve(CorpusGenerator.GOLD_FILE), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "bench-parse", mixinStandardHelpOptions = true,
            description = "The job's per-document work on one thread without Spark: the denominator of jobs/bench's efficiency.")
    static final class BenchParse implements Callable<Integer> {
        @Option(names = "--input", required = true, description = "folder of reports")
        Path input;

        @Option(names = "--text-analytics", defaultValue = "true", arity = "1", description = "as ogilens.textAnalytics (default: ${DEFAULT-VALUE})")
        boolean textAnalytics;

        @Override
        public Integer call() throws Exception {
            JobConfig c = new JobConfig();
            System.out.print(org.ogilens.bench.ParseBenchmark.run(input, textAnalytics, c.getLong("ogilens.maxFileBytes"),
                    c.getInt("ogilens.maxPdfPages")));
            return 0;
        }
    }

    @Command(name = "bench-segment", mixinStandardHelpOptions = true,
            description = "Plain HanLP.segment over the files' cleaned text on N threads: the physical limit jobs/bench measures the job against.")
    static final class BenchSegment implements Callable<Integer> {
        @Option(names = "--input", required = true, description = "folder of reports")
        Path input;

        @Option(names = "--threads", defaultValue = "1", description = "threads (default 1)")
        int threads;

        @Override
        public Integer call() throws Exception {
            System.out.print(org.ogilens.bench.SegmentBenchmark.run(input, threads));
            return 0;
        }
    }

    @Command(name = "floor", mixinStandardHelpOptions = true,
            description = "The floor of any embedded Spark run: start local[*], write one row of Parquet, stop. "
                    + "jobs/bench-small times it against a build of data-samples.")
    static final class Floor implements Callable<Integer> {
        @Option(names = "--output", required = true, description = "folder to write the one-row table to (replaced)")
        String output;

        @Override
        public Integer call() throws Exception {
            JobConfig config = new JobConfig();
            config.load(Path.of(System.getProperty("ogilens.conf", "conf/ogi-lens.properties")));
            SparkSession spark = BuildJob.configure(SparkSession.builder().appName("ogi-lens floor").master("local[*]"), config).getOrCreate();
            try {
                spark.range(1).toDF("n").write().mode("overwrite").parquet(output);
            } finally {
                spark.stop();
            }
            return 0;
        }
    }

    @Command(name = "bench-tokenizer", mixinStandardHelpOptions = true,
            description = "Benchmark: chars/s per thread of the job's HanLP tokenization path vs plain HanLP.segment, and HanLP start-up.")
    static final class BenchTokenizer implements Callable<Integer> {
        @Option(names = "--input", defaultValue = "data-samples", description = "folder of reports (default: ${DEFAULT-VALUE})")
        Path input;

        @Option(names = "--rounds", defaultValue = "10", description = "timed rounds over all texts (default: ${DEFAULT-VALUE})")
        int rounds;

        @Option(names = "--max-files", defaultValue = "500", description = "at most this many files (default: ${DEFAULT-VALUE})")
        int maxFiles;

        @Override
        public Integer call() throws Exception {
            System.out.print(org.ogilens.bench.TokenizerBenchmark.run(input, rounds, maxFiles));
            return 0;
        }
    }

    @Command(name = "dictionary", mixinStandardHelpOptions = true,
            description = "Write the data dictionary (every table and column with its description) as Markdown.")
    static final class Dictionary implements Callable<Integer> {
        @Option(names = "--output", defaultValue = "docs/DATA_DICTIONARY.md", description = "where to write it")
        Path output;

        @Override
        public Integer call() throws Exception {
            if (output.getParent() != null) Files.createDirectories(output.getParent());
            Files.writeString(output, DataDictionary.render(), StandardCharsets.UTF_8);
            System.out.println("wrote " + output);
            return 0;
        }
    }
}

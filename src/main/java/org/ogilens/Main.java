package org.ogilens;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ogilens.job.BuildJob;
import org.ogilens.job.JobConfig;
import org.ogilens.job.RunSummary;
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

/** Command line: {@code build}, {@code dictionary}. Run by jobs/ogi-lens locally or by spark-submit on a cluster. */
@Command(name = "ogi-lens", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        subcommands = {Main.Build.class, Main.Dictionary.class},
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

        @Option(names = "--conf", description = "a setting key=value, overriding --config (repeatable)")
        List<String> overrides = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            JobConfig config = new JobConfig();
            if (configFile != null) config.load(configFile);
            for (String o : overrides) config.set(o);
            SparkSession.Builder b = BuildJob.configure(SparkSession.builder().appName("ogi-lens build"), config);
            if (master != null) b = b.master(master);
            else if (!new SparkConf().contains("spark.master")) b = b.master("local[*]");
            SparkSession spark = b.getOrCreate();
            try {
                RunSummary s = new BuildJob(spark, config).run(inputs, output);
                System.out.print(s.toText());
                return 0;
            } finally {
                spark.stop();
            }
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

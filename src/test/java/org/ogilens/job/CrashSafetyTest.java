package org.ogilens.job;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogilens.generate.CorpusGenerator;
import org.ogilens.testing.Trees;
import org.ogilens.write.OutputSchema;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of the driver during a build, at several moments: the published dataset stays readable (untouched before
 * the publish; each table whole, old or new, during it), and the next run completes with the dataset a clean build
 * gives. The build runs in a child JVM, killed with SIGKILL (or halted by the publisher's fault point).
 */
class CrashSafetyTest {
    @TempDir
    static Path tmp;
    static Path corpus, dataset, snapshot, reference;
    static SparkSession spark;
    static final JobConfig CONFIG = new JobConfig().set("ogilens.textAnalytics=false");

    @BeforeAll
    static void publishFirstNight() throws Exception {
        corpus = tmp.resolve("corpus");
        new CorpusGenerator(31).writeCorpus(150, corpus);
        dataset = tmp.resolve("dataset");
        spark = BuildJob.configure(SparkSession.builder().master("local[2]").appName("crash")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), CONFIG).getOrCreate();
        new BuildJob(spark, CONFIG).run(List.of(corpus.toString()), dataset.toString());
        snapshot = tmp.resolve("snapshot");
        Trees.copy(dataset, snapshot);
        // the second night's input: more reports; its clean build is the reference
        new CorpusGenerator(32).writeCorpus(30, corpus.resolve("night2"));
        reference = tmp.resolve("reference");
        new BuildJob(spark, CONFIG).run(List.of(corpus.toString()), reference.toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void killedWhileStartingUp() throws Exception {
        Process p = startBuild();
        Thread.sleep(1500);
        kill(p);
        assertUnchanged();
        assertNextRunCompletes();
    }

    @Test
    void killedWhileWritingTheNewTables() throws Exception {
        Process p = startBuild();
        waitFor(p, () -> staged("metrics"));
        kill(p);
        assertTrue(exists(dataset.resolve("_staging")), "it was writing its staging tables");
        assertUnchanged();
        assertNextRunCompletes();
        assertFalse(exists(dataset.resolve("_staging")), "the next run removes what the killed one staged");
    }

    @Test
    void killedInTheMiddleOfPublishing() throws Exception {
        Process p = startBuild("-Dogilens.faultInjection.haltAfterTables=3");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "halted at the fault point");
        assertTrue(exists(dataset.resolve("_publishing")), "the journal of the interrupted publish");
        // every table still reads whole, the old one or the new one; three were swapped in (some tables may be equal
        // in both nights, e.g. rejects), all the others are the old ones
        int newer = 0;
        for (OutputSchema.Table t : OutputSchema.tables()) {
            boolean old = DatasetComparer.compareTable(spark, snapshot.toString(), dataset.toString(), t.name()).same();
            boolean fresh = DatasetComparer.compareTable(spark, reference.toString(), dataset.toString(), t.name()).same();
            assertTrue(old || fresh, t.name() + " is neither the old nor the new table");
            if (fresh && !old) newer++;
        }
        assertTrue(newer >= 1 && newer <= 3, "tables already new: " + newer);
        assertNextRunCompletes();
    }

    private void assertUnchanged() throws Exception {
        List<DatasetComparer.TableDiff> d = DatasetComparer.compare(spark, snapshot.toString(), dataset.toString());
        assertTrue(d.stream().allMatch(DatasetComparer.TableDiff::same), "changed under a killed run:\n" + DatasetComparer.render(d));
        assertEquals(Files.readString(snapshot.resolve("_run.json")), Files.readString(dataset.resolve("_run.json")));
    }

    /** The next run completes and publishes what a clean build publishes; then the first night is restored. */
    private void assertNextRunCompletes() throws Exception {
        new BuildJob(spark, CONFIG).run(List.of(corpus.toString()), dataset.toString());
        List<DatasetComparer.TableDiff> d = DatasetComparer.compare(spark, reference.toString(), dataset.toString());
        assertTrue(d.stream().allMatch(DatasetComparer.TableDiff::same), DatasetComparer.render(d));
        assertFalse(exists(dataset.resolve("_publishing")));
        Trees.delete(dataset);
        Trees.copy(snapshot, dataset);
    }

    private static Process startBuild(String... jvmOptions) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")) cmd.add(a);
        }
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.ogilens.Main", "build", "--master", "local[2]",
                "--conf", "ogilens.textAnalytics=false", "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
                "--input", corpus.toString(), "--output", dataset.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    private static void kill(Process p) throws Exception {
        assertTrue(p.isAlive(), "the build ended before it could be killed");
        Runtime.getRuntime().exec(new String[]{"kill", "-9", Long.toString(p.pid())}).waitFor();
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(137, p.exitValue());
    }

    private static void waitFor(Process p, java.util.function.BooleanSupplier moment) throws Exception {
        long until = System.currentTimeMillis() + 300_000;
        while (!moment.getAsBoolean()) {
            assertTrue(p.isAlive(), "the build ended before the moment: " + Files.readString(tmp.resolve("child.log")));
            assertTrue(System.currentTimeMillis() < until, "the moment never came");
            Thread.sleep(50);
        }
    }

    private static boolean staged(String table) {
        try (Stream<Path> s = Files.list(dataset.resolve("_staging"))) {
            return s.anyMatch(run -> Files.isDirectory(run.resolve(table)));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean exists(Path p) {
        return Files.exists(p);
    }
}

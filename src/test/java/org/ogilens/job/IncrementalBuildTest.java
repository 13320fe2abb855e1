package org.ogilens.job;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogilens.generate.CorpusGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * build --incremental against a corpus that changed between two nights: files added, removed, rewritten and
 * touched (new time, same bytes). Only the new and rewritten files are parsed, and the published dataset is the one
 * a full build of the same input publishes.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    @Test
    void reparsesOnlyWhatChangedAndPublishesWhatAFullBuildWould() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(21).writeCorpus(60, corpus);
        Files.delete(corpus.resolve(CorpusGenerator.GOLD_FILE));
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(60, files.size());
        Path dataset = tmp.resolve("dataset"), full = tmp.resolve("full");
        JobConfig config = new JobConfig().set("ogilens.textAnalytics=false");
        SparkSession spark = BuildJob.configure(SparkSession.builder().master("local[2]").appName("incremental")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), config).getOrCreate();
        try {
            RunSummary first = new BuildJob(spark, config).run(List.of(corpus.toString()), dataset.toString(), dataset.toString());
            assertEquals(0, first.reused(), "no previous parses: everything is parsed");

            // the night's changes
            for (Path p : files.subList(0, 3)) Files.delete(p);                                   // 3 removed
            Files.write(files.get(3), Files.readAllBytes(files.get(40)));                         // 1 rewritten (now a copy of another)
            Files.write(files.get(4), Files.readString(files.get(4)).replace("政府信息公开", "政务公开").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));                                     // 1 rewritten
            for (Path p : files.subList(5, 8)) Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // 3 touched
            for (CorpusGenerator.Generated g : new CorpusGenerator(22).series(1000, 4)) {          // 4 added
                Path p = corpus.resolve("added").resolve(g.relativePath());
                Files.createDirectories(p.getParent());
                Files.write(p, g.bytes());
            }

            RunSummary inc = new BuildJob(spark, config).run(List.of(corpus.toString()), dataset.toString(), dataset.toString());
            assertEquals(61, inc.filesSeen());
            assertEquals(55, inc.reused(), "60 − 3 removed − 2 rewritten; the 3 touched files keep their parse");
            new BuildJob(spark, config).run(List.of(corpus.toString()), full.toString());
            List<DatasetComparer.TableDiff> diff = DatasetComparer.compare(spark, full.toString(), dataset.toString());
            assertTrue(diff.stream().allMatch(DatasetComparer.TableDiff::same), DatasetComparer.render(diff));
            assertTrue(diff.stream().anyMatch(d -> d.table().equals("reports") && d.leftRows() > 50), DatasetComparer.render(diff));

            // nothing changed: nothing is parsed
            RunSummary again = new BuildJob(spark, config).run(List.of(corpus.toString()), dataset.toString(), dataset.toString());
            assertEquals(61, again.reused());
            // other parse settings: the previous parses are not used
            JobConfig other = new JobConfig().set("ogilens.textAnalytics=false").set("ogilens.maxPdfPages=499");
            assertEquals(0, new BuildJob(spark, other).run(List.of(corpus.toString()), dataset.toString(), dataset.toString()).reused());
        } finally {
            spark.stop();
        }
    }
}

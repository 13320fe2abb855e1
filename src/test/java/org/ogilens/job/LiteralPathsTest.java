package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogilens.write.OutputSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spaces, brackets, braces and Chinese in input and output paths; a bad output fails before any parsing. */
class LiteralPathsTest {
    @TempDir
    Path tmp;

    @Test
    void inputAndOutputNamedWithGlobCharactersAreTakenLiterally() throws Exception {
        Path in = tmp.resolve("in[1] {x} 报告");
        Files.createDirectories(in);
        for (String f : List.of("000_d55eb0c997fc7e5f.txt", "003_d31df64f9531e258.txt")) {
            Files.copy(Path.of("data-samples", "seeds", f), in.resolve("年报 [" + f.substring(0, 3) + "].txt"));
        }
        Path out = tmp.resolve("out [x] {y} 数据");
        JobConfig config = new JobConfig();
        config.set("ogilens.textAnalytics=false");
        SparkSession spark = BuildJob.configure(SparkSession.builder().master("local[1]").appName("paths")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), config).getOrCreate();
        try {
            RunSummary s = new BuildJob(spark, config).run(List.of(in.toString()), out.toString());
            assertEquals(2, s.reports());
            assertEquals(2, TableReader.read(spark, out.toString(), OutputSchema.REPORTS).count());
            assertTrue(TableReader.read(spark, out.toString(), OutputSchema.METRICS).count() > 20);
            // a glob still works where no path of that name exists
            assertEquals(2, InputLister.list(List.of(tmp + "/in*/*.txt"), spark.sparkContext().hadoopConfiguration()).size());
            // a bad output fails at once, naming it
            Path file = Files.writeString(tmp.resolve("a file"), "x");
            IOException e = assertThrows(IOException.class, () -> new BuildJob(spark, config).run(List.of(in.toString()), file.resolve("out").toString()));
            assertTrue(e.getMessage().contains("a file"), e.getMessage());
        } finally {
            spark.stop();
        }
    }

    @Test
    void readingEscapesGlobCharacters() throws IOException {
        assertEquals("/d/out \\[x\\] \\{y\\}", LiteralPaths.forReading("/d/out [x] {y}"));
        Path f = Files.writeString(tmp.resolve("a[1].txt"), "x");
        assertEquals(1, LiteralPaths.input(f.toString(), new Configuration()).length);
        assertThrows(IOException.class, () -> LiteralPaths.input(tmp.resolve("missing[2]").toString(), new Configuration()));
    }
}

package org.ogilens.job;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogilens.testing.DuckDb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keywords that distinguish: no term is among the top ten of more than a third of the reports (the genre's
 * boilerplate, 公开 信息 工作 政府信息公开, must not come out), on the real development corpus; BuildJobTest checks the
 * same on data-samples. Skipped where ../shared is not checked out.
 */
class KeywordsTest {
    @TempDir
    static Path tmp;

    /** The share of reports whose keywords hold the most common keyword is at most a third; every report has ten. */
    static void assertDistinctive(Path dataset) throws Exception {
        String reports = DuckDb.table(dataset, "reports");
        long n = DuckDb.count("SELECT * FROM " + reports);
        List<Map<String, String>> top = DuckDb.query("SELECT k AS term, count(*) AS reports FROM (SELECT unnest(keywords) AS k FROM "
                + reports + ") GROUP BY k ORDER BY reports DESC, term LIMIT 5");
        assertTrue(n >= 3 && !top.isEmpty(), "reports " + n);
        long most = Long.parseLong(top.get(0).get("reports"));
        assertTrue(most * 3 <= n, "'" + top.get(0).get("term") + "' is a keyword of " + most + " of " + n + " reports: " + top);
        assertEquals(0, DuckDb.count("SELECT * FROM " + reports + " WHERE token_count > 500 AND len(keywords) < 10"));
        for (String boilerplate : new String[]{"公开", "信息", "工作", "政府", "政府信息公开", "情况"}) {
            assertEquals(0, DuckDb.count("SELECT * FROM " + reports + " WHERE list_contains(keywords, '" + boilerplate + "')"), boilerplate);
        }
    }

    @Test
    void realCorpusKeywordsAreDistinctive() throws Exception {
        Path real = RealCorpusTest.CORPUS.resolve("real").resolve("txt");
        Assumptions.assumeTrue(Files.isDirectory(real), "no ../shared/corpus/real here");
        Path out = tmp.resolve("real");
        JobConfig config = new JobConfig();
        SparkSession spark = BuildJob.configure(SparkSession.builder().master("local[2]").appName("keywords")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), config).getOrCreate();
        try {
            new BuildJob(spark, config).run(List.of(real.toAbsolutePath().toString()), out.toString());
        } finally {
            spark.stop();
        }
        assertDistinctive(out);
        // what one region talked about in one year that its other years did not: 2020, the epidemic
        List<Map<String, String>> y2020 = DuckDb.query("SELECT term FROM " + DuckDb.table(out, "keywords")
                + " WHERE scope = 'region_year' AND region_code = '350128' AND report_year = 2020");
        assertTrue(y2020.stream().anyMatch(r -> r.get("term").equals("疫情")), y2020.toString());
        // Latin residue of the page (Word's style sheet, URL parts) is no term
        assertEquals(0, DuckDb.count("SELECT * FROM " + DuckDb.table(out, "terms") + " WHERE regexp_matches(term, '^[A-Za-z]+$')"));
    }
}

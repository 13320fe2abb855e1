package org.ogilens.job;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogilens.evaluate.EvaluateJob;
import org.ogilens.evaluate.Evaluator;
import org.ogilens.testing.DuckDb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds data-samples with an embedded Spark and reads the published dataset the way a notebook analyst
 * would, with DuckDB: the 7 reports against the gold identity fields, the bad files in rejects.
 */
class BuildJobTest {
    @TempDir
    static Path tmp;
    static Path out;
    static Path out1;
    static RunSummary summary;
    static List<Evaluator.Gold> gold = new ArrayList<>();
    static Evaluator.Score score;
    static Evaluator.Score tamperedScore;

    @BeforeAll
    static void build() throws Exception {
        out = tmp.resolve("dataset");
        JobConfig config = new JobConfig();
        SparkSession spark = BuildJob.configure(SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), config).getOrCreate();
        try {
            summary = new BuildJob(spark, config).run(List.of(Path.of("data-samples").toAbsolutePath().toString()), out.toString());
            // a second run over the same output republishes in place
            summary = new BuildJob(spark, config).run(List.of(Path.of("data-samples").toAbsolutePath().toString()), out.toString());
            // evaluate, as `jobs/ogi-lens evaluate` runs it, against the gold files of data-samples
            for (String f : new String[]{"seeds.gold.jsonl", "pdf.gold.jsonl"}) {
                gold.addAll(Evaluator.readGold(Path.of("data-samples/_expected").resolve(f)));
            }
            score = EvaluateJob.run(spark, out.toString(), gold);
            // the same with one gold figure changed: evaluate must see it
            Evaluator.Gold first = gold.get(0);
            Map<String, Double> changed = new java.util.LinkedHashMap<>(first.metrics());
            changed.put("requests_new", changed.get("requests_new") + 1);
            List<Evaluator.Gold> tampered = new ArrayList<>(gold);
            tampered.set(0, new Evaluator.Gold(first.file(), first.dims(), changed, first.warnings(), first.group()));
            tamperedScore = EvaluateJob.run(spark, out.toString(), tampered);
        } finally {
            spark.stop();
        }
        // the same input with one core: the text outputs must not depend on the parallelism
        out1 = tmp.resolve("dataset-local1");
        SparkSession one = BuildJob.configure(SparkSession.builder().master("local[1]").appName("test-1")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), config).getOrCreate();
        try {
            new BuildJob(one, config).run(List.of(Path.of("data-samples").toAbsolutePath().toString()), out1.toString());
        } finally {
            one.stop();
        }
    }

    @AfterAll
    static void done() {}

    private static List<Map<String, String>> query(String sql) throws Exception {
        return DuckDb.query(sql);
    }

    private static String table(String name) {
        return table(out, name);
    }

    private static String table(Path dataset, String name) {
        return DuckDb.table(dataset, name);
    }

    @Test
    void textOutputsAreTheSameAtLocal1AndLocal2() throws Exception {
        String[][] tables = {{"terms", "*"}, {"request_topics", "*"}, {"term_trends", "*"}, {"keywords", "*"},
                {"reports", "doc_id, token_count, keywords, summary, problems, measures"}};
        for (String[] t : tables) {
            String a = "SELECT " + t[1] + " FROM " + table(out, t[0]), b = "SELECT " + t[1] + " FROM " + table(out1, t[0]);
            long rows = Long.parseLong(query("SELECT count(*) AS n FROM " + table(out, t[0])).get(0).get("n"));
            assertTrue(rows > 0, t[0] + " is empty");
            assertEquals(List.of(), DuckDb.difference(a, b), t[0] + " differs");
        }
    }

    @Test
    void textAnalyticsTablesHoldTheDomainTermsAndTopics() throws Exception {
        assertEquals("7", query("SELECT count(*) AS n FROM " + table("reports") + " WHERE token_count > 500 AND len(keywords) = 10").get(0).get("n"));
        assertFalse(query("SELECT * FROM " + table("terms") + " WHERE term = '依申请公开'").isEmpty());
        assertFalse(query("SELECT * FROM " + table("request_topics") + " WHERE topic = 'land_demolition'").isEmpty());
        // national rate = count * 10000 / tokens, tokens = all tokens of the year's reports
        List<Map<String, String>> r = query("SELECT t.per_10k_tokens AS rate, t.count AS c, t.tokens AS tok, "
                + "(SELECT sum(token_count) FROM " + table("reports") + " WHERE report_year = 2021) AS year_tokens FROM "
                + table("term_trends") + " t WHERE scope = 'national' AND report_year = 2021 AND term = '政府信息公开'");
        assertEquals(1, r.size());
        assertEquals(r.get(0).get("year_tokens"), r.get(0).get("tok"));
        assertEquals(Double.parseDouble(r.get(0).get("c")) * 10000 / Double.parseDouble(r.get(0).get("tok")), Double.parseDouble(r.get(0).get("rate")), 1e-9);
    }

    @Test
    void keywordsDistinguishTheReportsAndNoBoilerplateComesOut() throws Exception {
        KeywordsTest.assertDistinctive(out);
        // the weight is the documented TF-IDF of the row's own counts
        for (Map<String, String> r : query("SELECT * FROM " + table("keywords") + " LIMIT 50")) {
            double expected = (1 + Math.log(Double.parseDouble(r.get("count"))))
                    * Math.log(Double.parseDouble(r.get("units")) / Double.parseDouble(r.get("units_using")));
            assertEquals(expected, Double.parseDouble(r.get("weight")), 1e-9, r.toString());
        }
        // per region × year too: one unit per region-year of the 7 reports
        assertEquals("7", query("SELECT count(DISTINCT (region_code, report_year)) AS n FROM " + table("keywords")
                + " WHERE scope = 'region_year'").get(0).get("n"));
    }

    @Test
    void evaluateIsExactOnEveryLabelledKeyOfTheGoldFiles() {
        assertTrue(score.perfect(), score.render(50));
        assertEquals(7, score.reports);
        assertTrue(score.overall.labelled > 200, "labelled " + score.overall.labelled);
        assertEquals(1.0, score.overall.precision());
        assertEquals(1.0, score.overall.recall());
        assertEquals(1.0, score.dimensionAccuracy());
    }

    @Test
    void evaluateReportsAWrongGoldFigure() {
        assertFalse(tamperedScore.perfect());
        assertEquals(1, tamperedScore.overall.fp);
        assertEquals(1, tamperedScore.overall.fn);
        assertTrue(tamperedScore.mismatches.stream().anyMatch(m -> m.contains("requests_new: gold 56, got 55")), tamperedScore.mismatches.toString());
    }

    @Test
    void summaryCountsEveryFile() {
        assertEquals(12, summary.filesSeen());
        assertEquals(7, summary.reports());
        assertEquals(summary.filesSeen(), summary.reports() + summary.rejected());
        assertEquals(Map.of("binary", 1L, "duplicate", 1L, "empty", 1L, "not_a_report", 1L, "unreadable", 1L),
                summary.rejectsByReason());
    }

    @Test
    void publishedCleanly() {
        assertTrue(Files.exists(out.resolve("_run.json")));
        assertFalse(Files.exists(out.resolve("_staging")));
        assertFalse(Files.exists(out.resolve("_publishing")));
        assertFalse(Files.exists(out.resolve("_previous")));
    }

    @Test
    void reportsMatchGoldIdentity() throws Exception {
        Map<String, Map<String, String>> byFile = new HashMap<>();
        for (Map<String, String> row : query("select * from " + table("reports"))) {
            String p = row.get("source_path");
            byFile.put(p.substring(p.indexOf("data-samples/") + "data-samples/".length()), row);
        }
        assertEquals(7, byFile.size());
        List<String> mismatches = new ArrayList<>();
        for (Evaluator.Gold g : gold) {
            Map<String, String> row = byFile.get(g.file());
            assertTrue(row != null, "no report for " + g.file());
            for (String f : Evaluator.DIMENSIONS) {
                String want = g.dims().get(f);
                if (!Objects.equals(want, row.get(f))) mismatches.add(g.file() + " " + f + ": " + want + " vs " + row.get(f));
            }
            assertEquals(row.get("region_code").substring(0, 2), row.get("province_code"));
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void rejectsCarryReasons() throws Exception {
        Map<String, String> reasonByName = new HashMap<>();
        for (Map<String, String> row : query("select source_path, reason, duplicate_of from " + table("rejects"))) {
            String p = row.get("source_path");
            reasonByName.put(p.substring(p.lastIndexOf('/') + 1), row.get("reason"));
            if (row.get("reason").equals("duplicate")) assertEquals(16, row.get("duplicate_of").length());
        }
        assertEquals(Map.of("empty.txt", "empty", "random.bin", "binary", "not-a-report.txt", "not_a_report",
                "truncated.pdf", "unreadable", "002 副本.txt", "duplicate"), reasonByName);
    }

    @Test
    void metricsCarryEvidenceAndMatchTheWideTable() throws Exception {
        List<Map<String, String>> m = query("select r.source_path, m.value, m.method, m.snippet from " + table("metrics")
                + " m join " + table("reports") + " r using (doc_id) where m.metric = 'requests_new' and r.source_path like '%001_%'");
        assertEquals(1, m.size());
        assertEquals("142.0", m.get(0).get("value"));
        assertEquals("table", m.get(0).get("method"));
        assertTrue(m.get(0).get("snippet").contains("142"));
        List<Map<String, String>> w = query("select requests_new, outcome_total, admin_fees_10k_yuan from " + table("region_year")
                + " where region_code = '621000'");
        assertEquals("142.0", w.get(0).get("requests_new"));
        assertEquals("47593.6663", w.get(0).get("admin_fees_10k_yuan"));
        assertEquals("0", query("select count(*) as n from " + table("metrics") + " where snippet is null or \"offset\" is null").get(0).get("n"));
        // the grid has 7 applicant cells for each printed row
        assertEquals("7", query("select count(*) as n from " + table("request_grid") + " where row = 'requests_new' and region_code = '621000'").get(0).get("n"));
        assertEquals("FAIL", query("select status from " + table("checks") + " where \"check\" = 'review_litigation_groups' and report_year = 2023").get(0).get("status"));
    }

    @Test
    void columnDescriptionsAreInTheParquetFooter() throws Exception {
        List<Map<String, String>> kv = query("select decode(value) as v from parquet_kv_metadata('" + out.resolve("reports")
                + "/**/*.parquet') where decode(key) = 'org.apache.spark.sql.parquet.row.metadata' limit 1");
        assertTrue(kv.get(0).get("v").contains("GB/T 2260 code of the region"), kv.get(0).get("v"));
    }

    /** docs/notebooks.md: every sql block, run on this dataset, gives the markdown table under it. */
    @Test
    void notebookGuideQueriesGiveTheTablesItShows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/notebooks.md"));
        int questions = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```sql")) continue;
            StringBuilder sql = new StringBuilder();
            for (i++; !lines.get(i).equals("```"); i++) sql.append(lines.get(i)).append('\n');
            int t = i + 1;
            while (t < lines.size() && lines.get(t).isBlank()) t++;
            if (t >= lines.size() || !lines.get(t).startsWith("|")) continue; // a reading example, not a question
            List<String> shown = new ArrayList<>();
            for (; t < lines.size() && lines.get(t).startsWith("|"); t++) if (!lines.get(t).startsWith("|---")) shown.add(lines.get(t));
            String query = sql.toString().replace("'out/", "'" + out + "/").replaceAll(";\\s*$", "");
            List<String> got = new ArrayList<>();
            List<Map<String, String>> rows = query(query);
            got.add(markdownRow(rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet())));
            for (Map<String, String> r : rows) got.add(markdownRow(new ArrayList<>(r.values())));
            if (rows.isEmpty()) got.set(0, shown.get(0));
            if (!got.equals(shown)) problems.add(query + "\n  shown: " + String.join("\n         ", shown) + "\n  got:   " + String.join("\n         ", got));
            assertFalse(rows.isEmpty(), "the guide's query returns nothing: " + query);
            questions++;
        }
        assertEquals(5, questions);
        assertEquals(List.of(), problems);
    }

    private static String markdownRow(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) b.append(' ').append(c == null ? "null" : c.replace("|", "\\|")).append(" |");
        return b.toString();
    }
}

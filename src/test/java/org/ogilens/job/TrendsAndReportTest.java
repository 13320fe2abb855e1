package org.ogilens.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogilens.analyze.Indicators;
import org.ogilens.generate.CorpusGenerator;
import org.ogilens.report.SvgChart;
import org.ogilens.testing.DuckDb;
import org.ogilens.testing.Trees;
import org.ogilens.testing.HeadlessChromium;
import org.ogilens.write.OutputSchema;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated multi-year corpus (issuers reporting over consecutive years, continuity broken now and then on
 * purpose) through build, trends and report: the cross-report outputs against the generator's truth.
 */
class TrendsAndReportTest {
    @TempDir
    static Path tmp;
    static Path dataset, before, html;
    static final List<JsonNode> gold = new ArrayList<>();
    static final Map<String, String> docByFile = new HashMap<>();

    @BeforeAll
    static void buildTrendsReport() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(11).writeCorpus(120, 6, corpus);
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(corpus.resolve(CorpusGenerator.GOLD_FILE))) gold.add(json.readTree(line));
        dataset = tmp.resolve("dataset");
        JobConfig config = new JobConfig().set("ogilens.textAnalytics=false");
        SparkSession spark = BuildJob.configure(SparkSession.builder().master("local[2]").appName("trends-test")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), config).getOrCreate();
        try {
            new BuildJob(spark, config).run(List.of(corpus.toString()), dataset.toString());
            before = tmp.resolve("before");
            Trees.copy(dataset, before);
            TrendsJob.run(spark, dataset.toString());
            html = tmp.resolve("report.html");
            Files.writeString(html, ReportJob.render(spark, dataset.toString()), StandardCharsets.UTF_8);
        } finally {
            spark.stop();
        }
        for (Map<String, String> r : DuckDb.query("SELECT source_path, doc_id FROM " + DuckDb.table(dataset, "reports"))) {
            String p = r.get("source_path");
            docByFile.put(p.substring(p.indexOf("/corpus/") + "/corpus/".length()), r.get("doc_id"));
        }
    }

    static Double metric(JsonNode g, String key) {
        JsonNode v = g.get("metrics").get(key);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    /** Gold records by series, in year order. */
    static Map<Integer, List<JsonNode>> series() {
        Map<Integer, List<JsonNode>> out = new TreeMap<>();
        for (JsonNode g : gold) out.computeIfAbsent(g.get("series").asInt(), k -> new ArrayList<>()).add(g);
        out.values().forEach(l -> l.sort(Comparator.comparingInt(g -> g.get("report_year").asInt())));
        return out;
    }

    @Test
    void everyGeneratedReportIsInTheDataset() {
        assertEquals(120, gold.size());
        assertEquals(120, docByFile.size());
        for (JsonNode g : gold) assertNotNull(docByFile.get(g.get("file").asText()), g.get("file").asText());
    }

    @Test
    void crossYearChecksFindTheBreaksTheGeneratorMade() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (List<JsonNode> s : series().values()) {
            for (int i = 1; i < s.size(); i++) {
                JsonNode prev = s.get(i - 1), cur = s.get(i);
                String doc = docByFile.get(cur.get("file").asText());
                Double fwd = metric(prev, "requests_carried_forward"), over = metric(cur, "requests_carried_over");
                if (fwd != null || over != null) {
                    expected.put(doc + " carry_over", fwd == null || over == null ? "UNCERTAIN" : fwd.equals(over) ? "PASS" : "FAIL");
                }
                for (String k : new String[]{"rules", "normative"}) {
                    Double was = metric(prev, k + "_in_force"), now = metric(cur, k + "_in_force"),
                            issued = metric(cur, k + "_issued"), repealed = metric(cur, k + "_repealed");
                    if (was == null || now == null) continue;
                    expected.put(doc + " " + k + "_in_force", issued == null || repealed == null ? "UNCERTAIN"
                            : was + issued - repealed == now ? "PASS" : "FAIL");
                }
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (Map<String, String> r : DuckDb.query("SELECT doc_id, \"check\", status FROM " + DuckDb.table(dataset, "checks")
                + " WHERE \"check\" IN ('carry_over', 'rules_in_force', 'normative_in_force')")) {
            assertTrue(actual.put(r.get("doc_id") + " " + r.get("check"), r.get("status")) == null, "twice: " + r);
        }
        assertEquals(expected, actual);
        // the corpus has both: continuity kept and broken on purpose
        assertTrue(expected.containsValue("PASS") && expected.containsValue("FAIL"), expected.toString());
    }

    @Test
    void indicatorsAreTheFormulasOverTheStatedFigures() throws Exception {
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (Map<String, String> r : DuckDb.query("SELECT * FROM " + DuckDb.table(dataset, "indicators"))) rows.put(r.get("doc_id"), r);
        int nonNull = 0;
        for (JsonNode g : gold) {
            Map<String, Double> m = new HashMap<>();
            g.get("metrics").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) m.put(e.getKey(), e.getValue().asDouble());
            });
            Map<String, String> row = rows.get(docByFile.get(g.get("file").asText()));
            for (Map.Entry<String, Double> want : Indicators.compute(m).entrySet()) {
                String got = row.get(want.getKey());
                if (want.getValue() == null) {
                    assertEquals(null, got, g.get("file") + " " + want.getKey());
                } else {
                    nonNull++;
                    assertEquals(want.getValue(), Double.parseDouble(got), 1e-9, g.get("file") + " " + want.getKey());
                }
            }
        }
        assertTrue(nonNull > 100, "indicators computed: " + nonNull);
    }

    @Test
    void trendsCompareWithThePreviousYearOfTheSameIssuer() throws Exception {
        Map<String, Map<String, String>> trend = new HashMap<>();
        for (Map<String, String> r : DuckDb.query("SELECT doc_id, value, prev_year, prev_value, change FROM "
                + DuckDb.table(dataset, "trends") + " WHERE measure = 'requests_new'")) trend.put(r.get("doc_id"), r);
        int compared = 0;
        for (List<JsonNode> s : series().values()) {
            for (int i = 0; i < s.size(); i++) {
                Double v = metric(s.get(i), "requests_new");
                Map<String, String> t = trend.get(docByFile.get(s.get(i).get("file").asText()));
                if (v == null) {
                    assertEquals(null, t);
                    continue;
                }
                assertEquals(v, Double.parseDouble(t.get("value")));
                if (i == 0) {
                    assertEquals(null, t.get("prev_year"));
                    continue;
                }
                assertEquals(s.get(i - 1).get("report_year").asText(), t.get("prev_year"));
                Double p = metric(s.get(i - 1), "requests_new");
                if (p != null) {
                    assertEquals(v - p, Double.parseDouble(t.get("change")), 1e-9);
                    compared++;
                }
            }
        }
        assertTrue(compared > 30, "compared " + compared);
    }

    @Test
    void rollupsSumGovernmentReportsPerLevel() throws Exception {
        Map<String, Double> want = new TreeMap<>();
        Map<String, Long> reports = new TreeMap<>();
        for (JsonNode g : gold) {
            Double v = metric(g, "requests_new");
            if (v == null || !g.get("issuer_kind").asText().equals("government")) continue;
            String key = g.get("admin_level").asText() + " " + g.get("report_year").asInt();
            want.merge(key, v, Double::sum);
            reports.merge(key, 1L, Long::sum);
        }
        Map<String, Double> got = new TreeMap<>();
        for (Map<String, String> r : DuckDb.query("SELECT admin_level, report_year, value, reports FROM " + DuckDb.table(dataset, "rollups")
                + " WHERE scope = 'national' AND measure = 'requests_new'")) {
            String key = r.get("admin_level") + " " + r.get("report_year");
            got.put(key, Double.parseDouble(r.get("value")));
            assertEquals(reports.get(key), Long.parseLong(r.get("reports")), key);
        }
        assertEquals(want, got);
        assertEquals(0, DuckDb.count("SELECT * FROM " + DuckDb.table(dataset, "rollups") + " WHERE admin_level = 'all' AND kind = 'sum'"));
    }

    @Test
    void trendsCommandRepublishesTheSameTables() throws Exception {
        for (String t : new String[]{OutputSchema.CHECKS, OutputSchema.INDICATORS, OutputSchema.TRENDS, OutputSchema.ROLLUPS}) {
            String a = "SELECT * FROM " + DuckDb.table(before, t), b = "SELECT * FROM " + DuckDb.table(dataset, t);
            assertTrue(DuckDb.count(a) > 0, t);
            assertEquals(List.of(), DuckDb.difference(a, b), t);
        }
    }

    @Test
    void reportRendersItsChartsInHeadlessChromium() throws Exception {
        String page = Files.readString(html);
        assertFalse(page.contains("<script"), "the report runs no script");
        String links = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(links.contains("http://") || links.contains("https://"), "nothing fetched at view time");
        assertTrue(page.contains("Largest changes") && page.contains("<td class=\"n\">"), "changes table");
        if (HeadlessChromium.skipped()) return;
        Path png = tmp.resolve("report.png");
        HeadlessChromium.screenshot(html, png, 1340, 1400);
        BufferedImage img = ImageIO.read(png.toFile());
        int target = Integer.parseInt(SvgChart.PALETTE[0].substring(1), 16), drawn = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((c >> 16) - (target >> 16)) < 24 && Math.abs(((c >> 8) & 0xFF) - ((target >> 8) & 0xFF)) < 24
                        && Math.abs((c & 0xFF) - (target & 0xFF)) < 24) drawn++;
            }
        }
        // the lines and dots of the first series of the national charts, as pixels on the screen
        assertTrue(drawn > 1500, "pixels of the first series' colour: " + drawn);
    }
}

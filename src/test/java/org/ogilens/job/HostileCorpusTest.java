package org.ogilens.job;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogilens.ingest.Rejects;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.pipeline.TimeLimit;
import org.ogilens.testing.DuckDb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files that try to break the job: every one ends as a report or as a reject with a reason, and the job finishes.
 */
class HostileCorpusTest {
    @TempDir
    static Path tmp;
    static Path corpus, dataset;
    static RunSummary summary;
    /** file name → "report" or the reject reason, as the dataset has it. */
    static final Map<String, String> outcome = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        corpus = tmp.resolve("hostile");
        Files.createDirectories(corpus);
        String report = Files.readString(Path.of("data-samples/seeds/001_0e303979bb5a97bc.txt"));
        byte[] pdf = Files.readAllBytes(Path.of("data-samples/pdf/hongze-2024.pdf"));
        String html = "<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body><pre>" + report + "</pre></body></html>";

        write("empty.txt", new byte[0]);
        byte[] binary = new byte[8192];
        new java.util.Random(1).nextBytes(binary);
        write("binary.dat", binary);
        write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        write("truncated.html", html.substring(0, html.length() / 2).getBytes(StandardCharsets.UTF_8));
        // GBK bytes under a page that claims UTF-8
        write("mis-encoded.html", html.getBytes(Charset.forName("GBK")));
        write("digits-line.txt", "7".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));
        write("really-text.pdf", Files.readAllBytes(Path.of("data-samples/seeds/002_9f664232744435af.txt")));
        write("zip-bomb.docx", zipBomb());
        write("nested.html", ("<html><body>" + "<div>".repeat(200_000) + "政府信息公开" + "</div>".repeat(200_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        write("名字 有 空格 的 报告.txt", Files.readAllBytes(Path.of("data-samples/seeds/003_d31df64f9531e258.txt")));
        try (OutputStream out = Files.newOutputStream(corpus.resolve("huge.txt"))) {
            byte[] line = (report.substring(0, 1000) + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length) out.write(line);
        }

        dataset = tmp.resolve("dataset");
        JobConfig config = new JobConfig().set("ogilens.textAnalytics=false");
        SparkSession spark = BuildJob.configure(SparkSession.builder().master("local[2]").appName("hostile")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"), config).getOrCreate();
        try {
            summary = new BuildJob(spark, config).run(List.of(corpus.toString()), dataset.toString());
        } finally {
            spark.stop();
        }
        for (Map<String, String> r : DuckDb.query("SELECT source_path, 'report' AS o FROM " + DuckDb.table(dataset, "reports")
                + " UNION ALL SELECT source_path, reason FROM read_parquet('" + dataset.resolve("rejects") + "/*.parquet')")) {
            String p = r.get("source_path");
            assertTrue(outcome.put(p.substring(p.lastIndexOf('/') + 1), r.get("o")) == null, "twice: " + p);
        }
    }

    static void write(String name, byte[] bytes) throws IOException {
        Files.write(corpus.resolve(name), bytes);
    }

    /** A .docx whose document.xml inflates to 200 MB of zeros. */
    static byte[] zipBomb() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) z.write(zeros);
            z.closeEntry();
        }
        return b.toByteArray();
    }

    @Test
    void everyFileIsAReportOrARejectWithAReason() throws IOException {
        List<String> names;
        try (var s = Files.list(corpus)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(names.stream().sorted().toList(), outcome.keySet().stream().sorted().toList());
        assertEquals(names.size(), summary.filesSeen());
        assertEquals(summary.filesSeen(), summary.reports() + summary.rejected());
    }

    @Test
    void eachHostileFileGetsTheRightOutcome() {
        assertEquals(Rejects.EMPTY, outcome.get("empty.txt"));
        assertEquals(Rejects.BINARY, outcome.get("binary.dat"));
        assertEquals(Rejects.UNREADABLE, outcome.get("truncated.pdf"));
        assertEquals(Rejects.UNREADABLE, outcome.get("zip-bomb.docx"));
        assertEquals(Rejects.TOO_LARGE, outcome.get("huge.txt"));
        assertEquals(Rejects.NOT_A_REPORT, outcome.get("digits-line.txt"));
        assertEquals("report", outcome.get("really-text.pdf"));        // read as the text it is
        assertEquals("report", outcome.get("mis-encoded.html"));       // GBK found despite the meta charset
        assertEquals("report", outcome.get("truncated.html"));         // half a report is still a report
        assertEquals("report", outcome.get("名字 有 空格 的 报告.txt"));
        assertTrue(List.of(Rejects.NOT_A_REPORT, Rejects.UNREADABLE).contains(outcome.get("nested.html")), outcome.get("nested.html"));
    }

    @Test
    void aDocumentPastTheTimeLimitBecomesATimeoutReject() {
        try (TimeLimit limit = new TimeLimit(300)) {
            long t0 = System.nanoTime();
            ProcessedDocument d = limit.run("spin.txt", 10, () -> {
                long x = 0;
                while (true) x++; // a parser that never returns and ignores interrupts
            });
            assertEquals(Rejects.TIMEOUT, d.rejectReason());
            assertTrue((System.nanoTime() - t0) / 1e9 < 5, "gave up in time");
            // the next document runs normally on a fresh thread
            ProcessedDocument ok = limit.run("ok.txt", 1, () -> ProcessedDocument.rejected("ok.txt", 1, null, Rejects.EMPTY, "", 0));
            assertEquals(Rejects.EMPTY, ok.rejectReason());
        }
    }
}

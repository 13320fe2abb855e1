package org.ogilens.job;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ogilens.check.QualityReport;
import org.ogilens.evaluate.Evaluator;
import org.ogilens.evaluate.FileScorer;
import org.ogilens.pipeline.DocumentProcessor;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.pipeline.QualityFacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real development corpus (../shared/corpus/real) as the measure: its gold labels, and the label-free
 * quality report over all 232 reports. Skipped where the shared corpus is not checked out.
 */
class RealCorpusTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Test
    void realGoldIsReadAtTheBarTheIssuesSet() throws IOException {
        Path gold = CORPUS.resolve("real.gold.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "no ../shared/corpus here");
        Evaluator.Score s = FileScorer.score(Evaluator.readGold(gold), CORPUS, new DocumentProcessor(20_000_000, 500));
        String report = s.render(40);
        assertTrue(s.overall.labelled > 1000, report);
        assertTrue(s.overall.precision() >= 0.995, report);
        assertTrue(s.overall.recall() >= 0.95, report);
        assertTrue(s.dimensionAccuracy() >= 0.98, report);
    }

    @Test
    void everyRealReportHasARegionAYearAndItsTablesReadOrAReason() throws IOException {
        Path dir = CORPUS.resolve("real").resolve("txt");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no ../shared/corpus/real here");
        DocumentProcessor p = new DocumentProcessor(20_000_000, 500);
        QualityReport q = new QualityReport();
        int reports = 0, withoutRegionOrYearAndNoWarning = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            ProcessedDocument d = p.process(f.toString(), b, b.length);
            if (!d.isReport()) {
                q.reject(d.rejectReason());
                continue;
            }
            reports++;
            q.add(QualityFacts.of(d));
            boolean region = d.identity().region() != null || d.warnings().contains("region_unresolved");
            boolean year = d.identity().reportYear() != null || d.warnings().contains("year_unresolved");
            if (!region || !year) withoutRegionOrYearAndNoWarning++;
            // every std report whose tables are in the text: complete, or a stated reason
            String t = d.extraction().tables().get("requests");
            if (d.identity().format().startsWith("std_") && t != null && !t.equals("image_only") && !t.equals("absent")) {
                assertTrue(List.of("complete", "source_inconsistent", "digits_ambiguous", "digits_inconsistent", "cells_missing").contains(t),
                        f + ": requests table " + t);
            }
        }
        assertEquals(0, withoutRegionOrYearAndNoWarning);
        assertTrue(reports >= 230, "reports " + reports);
        long[] r = q.requestsInText();
        assertTrue(r[0] >= 100, q.render());
        assertTrue((double) r[1] / r[0] >= 0.80, q.render());
    }
}

package org.ogilens.generate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ogilens.evaluate.Evaluator;
import org.ogilens.evaluate.Observations;
import org.ogilens.pipeline.DocumentProcessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF table read by its positions: generated std_2019/std_2021 PDFs (labels wrapped over lines, a spanned label
 * one character per line, figures on the row's middle line, and in some files every label written before every
 * figure) read back to their truth. Needs Debian's fonts-wqy-microhei (jobs/test installs it).
 */
class PositionedPdfTest {
    @Test
    void tablesOfGeneratedPdfsReadByPosition() throws IOException {
        Assumptions.assumeTrue(PdfReportWriter.available(), "no CJK font to embed (apt-get install fonts-wqy-microhei)");
        CorpusGenerator gen = new CorpusGenerator(4242L);
        DocumentProcessor p = new DocumentProcessor(20_000_000, 500);
        StringBuilder gold = new StringBuilder();
        Map<String, Evaluator.Observed> seen = new HashMap<>();
        int std = 0, labelsBeforeFigures = 0;
        for (int i = 0; i < 1200 && std < 12; i++) {
            CorpusGenerator.Generated g = gen.generate(i);
            if (!g.relativePath().endsWith(".pdf") || g.gold().get("format").asText().equals("free_text")) continue;
            std++;
            gold.append(g.gold()).append('\n');
            seen.put(g.relativePath(), Observations.of(p.process(g.relativePath(), g.bytes(), g.bytes().length)));
            if (labelsFirst(g.bytes())) labelsBeforeFigures++;
        }
        assertTrue(std >= 8, "std PDFs generated: " + std);
        assertTrue(labelsBeforeFigures >= 1, "a PDF whose stream holds every label before every figure");
        Path f = Files.createTempFile("pdf", ".gold.jsonl");
        Files.writeString(f, gold);
        List<Evaluator.Gold> records = Evaluator.readGold(f);
        Files.delete(f);
        Evaluator.Score s = Evaluator.score(records, r -> seen.get(r.file()));
        assertEquals(List.of(), new ArrayList<>(s.mismatches), s.render(30));
    }

    /** The PDF's text in stream order has the requests table's first figure after its last label. */
    private static boolean labelsFirst(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper plain = new PDFTextStripper();   // stream order, no positions
            String t = plain.getText(d);
            int last = t.indexOf("结转下年度继续办理"), first = t.indexOf("本年新收");
            if (first < 0 || last < 0) return false;
            String between = t.substring(first, last);
            // no figure (a line or word of digits alone) among the labels
            return !between.matches("(?s).*(?:^|\\s)(?:\\d+|-|/)(?:\\s|$).*");
        }
    }
}

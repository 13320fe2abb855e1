package org.ogilens.generate;

import org.junit.jupiter.api.Test;
import org.ogilens.evaluate.Evaluator;
import org.ogilens.evaluate.Observations;
import org.ogilens.pipeline.DocumentProcessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property test: reports generated with known truth, in every input form, are read back by the plain-Java
 * pipeline at the precision and recall issue 3 asks for. (The 5,000-report figure is measured with the
 * commands in README; this keeps a smaller sample in every build.)
 */
class GeneratedCorpusTest {
    @Test
    void generatedReportsAreReadBackWithKnownTruth() throws IOException {
        CorpusGenerator gen = new CorpusGenerator(20261122L);
        DocumentProcessor p = new DocumentProcessor(20_000_000, 500);
        Map<String, Evaluator.Observed> seen = new HashMap<>();
        StringBuilder gold = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            CorpusGenerator.Generated g = gen.generate(i);
            gold.append(g.gold()).append('\n');
            seen.put(g.relativePath(), Observations.of(p.process(g.relativePath(), g.bytes(), g.bytes().length)));
        }
        Path f = Files.createTempFile("generated", ".gold.jsonl");
        Files.writeString(f, gold);
        List<Evaluator.Gold> records = Evaluator.readGold(f);
        Files.delete(f);
        Evaluator.Score s = Evaluator.score(records, g -> seen.get(g.file()));
        String report = s.render(30);
        assertTrue(s.overall.precision() >= 0.999, report);
        assertTrue(s.overall.recall() >= 0.99, report);
        assertTrue(s.dimensionAccuracy() >= 0.99, report);
        assertEquals(s.warningsExpected, s.warningsFound, report);
        // every input form and all three generations are in the sample
        assertTrue(s.perGroup.keySet().containsAll(List.of("docx", "html", "html_gbk", "txt_cell_per_line", "txt_markdown",
                "txt_single_line", "txt_spaces", "txt_tabs", "txt_crawl")), s.perGroup.keySet().toString());
        if (PdfReportWriter.available()) assertTrue(s.perGroup.containsKey("pdf"), s.perGroup.keySet().toString());
        assertEquals(3, records.stream().map(r -> r.dims().get("format")).distinct().count());
    }

    @Test
    void sameSeedSameCorpus() {
        CorpusGenerator a = new CorpusGenerator(7), b = new CorpusGenerator(7), c = new CorpusGenerator(8);
        for (int i = 0; i < 20; i++) {
            // .docx files are zips stamped with the time of writing; their content is compared through the gold
            if (!a.generate(i).relativePath().endsWith(".docx")) assertArrayEquals(a.generate(i).bytes(), b.generate(i).bytes());
            assertEquals(a.generate(i).gold(), b.generate(i).gold());
        }
        assertFalse(Arrays.equals(a.generate(0).bytes(), c.generate(0).bytes()));
    }

    @Test
    void goldOfAStandardReportBalances() {
        CorpusGenerator gen = new CorpusGenerator(3);
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            var m = gen.generate(i).gold().get("metrics");
            if (m.get("outcome_total").isNull() || m.get("requests_new_natural").isNull()) continue;
            double in = m.get("requests_new").asDouble() + m.get("requests_carried_over").asDouble();
            double out = m.get("outcome_total").asDouble() + m.get("requests_carried_forward").asDouble();
            assertEquals(in, out, 1e-9, "balance of generated report " + i);
            checked++;
        }
        assertTrue(checked > 20, "checked " + checked);
    }
}

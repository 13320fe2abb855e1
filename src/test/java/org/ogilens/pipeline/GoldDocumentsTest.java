package org.ogilens.pipeline;

import org.junit.jupiter.api.Test;
import org.ogilens.evaluate.Evaluator;
import org.ogilens.evaluate.Observations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every labelled field of the gold files, identity and metrics, scored on the plain-Java processor. */
class GoldDocumentsTest {
    static final Path SAMPLES = Path.of("data-samples");
    static final String[] GOLD_FILES = {"seeds.gold.jsonl", "pdf.gold.jsonl"};

    @Test
    void identityAndMetricsMatchGold() throws IOException {
        DocumentProcessor p = new DocumentProcessor(20_000_000, 500);
        List<Evaluator.Gold> gold = new ArrayList<>();
        for (String f : GOLD_FILES) gold.addAll(Evaluator.readGold(SAMPLES.resolve("_expected").resolve(f)));
        Evaluator.Score s = Evaluator.score(gold, g -> {
            try {
                Path file = SAMPLES.resolve(g.file());
                byte[] bytes = Files.readAllBytes(file);
                return Observations.of(p.process(file.toString(), bytes, bytes.length));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(s.overall.labelled > 200, "labelled " + s.overall.labelled);
        assertEquals(List.of(), s.mismatches, "mismatches against the gold files");
        assertTrue(s.perfect(), s.render(20));
    }
}

package org.ogilens.evaluate;

import org.ogilens.pipeline.DocumentProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores gold records straight on their files with the plain-Java pipeline (no Spark, no dataset): the
 * quick loop for changing the parser. A record's {@code file} is resolved against the root folder.
 */
public final class FileScorer {
    private FileScorer() {}

    public static Evaluator.Score score(List<Evaluator.Gold> gold, Path root, DocumentProcessor processor) {
        return Evaluator.score(gold, g -> {
            Path file = root.resolve(g.file());
            if (!Files.isRegularFile(file)) return Evaluator.Observed.missing("no file " + file);
            try {
                byte[] bytes = Files.readAllBytes(file);
                return Observations.of(processor.process(file.toString(), bytes, bytes.length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

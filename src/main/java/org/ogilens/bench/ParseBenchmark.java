package org.ogilens.bench;

import org.ogilens.job.RowMapper;
import org.ogilens.pipeline.DocumentProcessor;
import org.ogilens.pipeline.ProcessedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The job's per-document work in plain Java on one thread, without Spark: read the bytes, run the
 * {@link DocumentProcessor} (with or without text analytics, as the job would) and map the result to its row. The
 * denominator of the scaling efficiency in jobs/bench: job throughput / (cores × this).
 */
public final class ParseBenchmark {
    private ParseBenchmark() {}

    public static String run(Path input, boolean textAnalytics, long maxBytes, int maxPdfPages) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(input)) {
            files = s.filter(Files::isRegularFile).filter(p -> !input.relativize(p).toString().matches("(^|.*/)[._].*")).sorted().toList();
        }
        long t0 = System.nanoTime();
        DocumentProcessor processor = new DocumentProcessor(maxBytes, maxPdfPages, textAnalytics);
        long reports = 0, chars = 0, sink = 0;
        for (Path p : files) {
            byte[] bytes = Files.size(p) > maxBytes ? null : Files.readAllBytes(p);
            ProcessedDocument d = processor.process(p.toUri().toString(), bytes, Files.size(p));
            sink += RowMapper.toRow(d).size();
            if (d.isReport()) {
                reports++;
                chars += d.charCount();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "files %d, reports %d, chars %d, seconds %.1f, reports/s %.2f, chars/s %.0f (one thread, text analytics %s)%s%n",
                files.size(), reports, chars, secs, reports / secs, chars / secs, textAnalytics ? "on" : "off", sink < 0 ? "!" : "");
    }
}

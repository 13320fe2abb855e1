package org.ogilens.bench;

import com.hankcs.hanlp.HanLP;
import org.ogilens.clean.TextCleaner;
import org.ogilens.ingest.ReportReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The physical limit of the job's work: plain {@code HanLP.segment} over the same texts the job reads (each file
 * read and cleaned as the job does, all held in memory before the clock starts), on a given number of threads that
 * take the files in turn. One warm-up pass over the first files, then one timed pass over all of them.
 */
public final class SegmentBenchmark {
    private SegmentBenchmark() {}

    public static String run(Path input, int threads) throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> !input.relativize(p).toString().matches("(^|.*/)[._].*")).sorted()::iterator) {
                ReportReader.ReadResult r = ReportReader.read(p.toString(), Files.readAllBytes(p), 500);
                if (r.ok()) texts.add(TextCleaner.clean(r.text()));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int i = 0; i < Math.min(texts.size(), 300); i++) HanLP.segment(texts.get(i));
        AtomicInteger next = new AtomicInteger();
        AtomicLong sink = new AtomicLong();
        List<Thread> pool = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                long s = 0;
                for (int i; (i = next.getAndIncrement()) < texts.size(); ) s += HanLP.segment(texts.get(i)).size();
                sink.addAndGet(s);
            });
            pool.add(th);
            th.start();
        }
        for (Thread th : pool) th.join();
        double secs = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "texts %d, chars %d, threads %d, seconds %.1f, chars/s %.0f (plain HanLP.segment)%s%n",
                texts.size(), chars, threads, secs, chars / secs, sink.get() < 0 ? "!" : "");
    }
}

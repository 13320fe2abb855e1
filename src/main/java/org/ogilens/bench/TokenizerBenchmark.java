package org.ogilens.bench;

import com.hankcs.hanlp.HanLP;
import org.ogilens.clean.TextCleaner;
import org.ogilens.ingest.ReportReader;
import org.ogilens.understand.HanLPTokenizer;
import org.ogilens.understand.Sections;
import org.ogilens.understand.TextAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chars per second per thread of the job's tokenization path (HanLP segmentation with the domain dictionary
 * and offsets, content words counted per section) against plain {@code HanLP.segment} on the same texts, and
 * the per-JVM start-up cost. One thread, alternating rounds so that both see the same JIT and caches.
 */
public final class TokenizerBenchmark {
    private TokenizerBenchmark() {}

    public static String run(Path input, int rounds, int maxFiles) throws IOException {
        long t0 = System.nanoTime();
        long startup = HanLPTokenizer.startupMillis();
        long jvmToReady = (System.nanoTime() - t0) / 1_000_000;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/_")).sorted().limit(maxFiles)::iterator) {
                ReportReader.ReadResult r = ReportReader.read(p.toString(), Files.readAllBytes(p), 500);
                if (r.ok()) texts.add(TextCleaner.clean(r.text()));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        List<List<Sections.Section>> sections = new ArrayList<>();
        for (String t : texts) sections.add(Sections.split(t));
        // warm-up
        for (int i = 0; i < 2; i++) {
            plain(texts);
            path(texts, sections);
        }
        long plainNs = 0, pathNs = 0, fullNs = 0;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long a = System.nanoTime();
            sink += plain(texts);
            long b = System.nanoTime();
            sink += path(texts, sections);
            long c = System.nanoTime();
            plainNs += b - a;
            pathNs += c - b;
        }
        long f0 = System.nanoTime();
        for (String t : texts) sink += TextAnalyzer.analyze(t).tokenCount();
        fullNs = System.nanoTime() - f0;
        double plainRate = chars * (double) rounds / (plainNs / 1e9);
        double pathRate = chars * (double) rounds / (pathNs / 1e9);
        double fullRate = chars / (fullNs / 1e9);
        return String.format(
                "texts %d, %d chars, %d rounds, 1 thread (checksum %d)%n"
                        + "HanLP start-up in this JVM (dictionaries + domain terms): %d ms (%d ms to first segmentation)%n"
                        + "plain HanLP.segment:             %,12.0f chars/s%n"
                        + "job tokenization path:           %,12.0f chars/s  (cost %+.1f%% vs plain)%n"
                        + "full text analysis (+ summary, problems, topics): %,12.0f chars/s%n",
                texts.size(), chars, rounds, sink, startup, jvmToReady, plainRate, pathRate, (plainRate / pathRate - 1) * 100, fullRate);
    }

    private static long plain(List<String> texts) {
        long n = 0;
        for (String t : texts) n += HanLP.segment(t).size();
        return n;
    }

    private static long path(List<String> texts, List<List<Sections.Section>> sections) {
        long n = 0;
        for (int i = 0; i < texts.size(); i++) n += TextAnalyzer.count(texts.get(i), sections.get(i)).tokenCount();
        return n;
    }
}

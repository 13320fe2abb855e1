package org.ogilens.understand;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * HanLP segmentation, set up once per JVM: the first caller configures HanLP (the domain dictionary of OGI
 * terms) under a lock; every task thread then shares one segmenter. Never captured in a Spark closure or
 * broadcast: executors reach it through this class, lazily, so it works the same under spark-submit.
 *
 * <p>HanLP itself is configured by {@code hanlp.properties} in the jar (classpath IO adapter, empty root).
 * The domain dictionary lives at {@code data/dictionary/ogi/ogi-terms.txt} (word, nature, frequency per
 * line) and is inserted into HanLP's custom dictionary, so that 依申请公开, 三安全一稳定 … come out whole.
 */
public final class HanLPTokenizer {
    public static final String DOMAIN_DICTIONARY = "data/dictionary/ogi/ogi-terms.txt";

    private static final Object LOCK = new Object();
    private static volatile Segment segment;
    private static volatile List<String> domainTerms;
    private static volatile long startupMillis = -1;

    private HanLPTokenizer() {}

    /** The shared segmenter (the same standard Viterbi segmenter HanLP.segment uses). */
    public static Segment segment() {
        Segment s = segment;
        if (s != null) return s;
        synchronized (LOCK) {
            if (segment == null) {
                long t0 = System.nanoTime();
                List<String> terms = new ArrayList<>();
                for (String[] entry : readDictionary()) {
                    CustomDictionary.insert(entry[0], entry[1] + " " + entry[2]);
                    terms.add(entry[0]);
                }
                domainTerms = Collections.unmodifiableList(terms);
                Segment seg = HanLP.newSegment().enableOffset(true); // offsets place each term in its section
                seg.seg("政府信息公开工作年度报告"); // load the core dictionaries now, not in the first task's timing
                segment = seg;
                startupMillis = (System.nanoTime() - t0) / 1_000_000;
            }
            return segment;
        }
    }

    public static List<Term> tokenize(String text) {
        return segment().seg(text);
    }

    /** The words of the domain dictionary, in file order. */
    public static List<String> domainTerms() {
        segment();
        return domainTerms;
    }

    /** Milliseconds the first call spent configuring HanLP and loading its dictionaries in this JVM. */
    public static long startupMillis() {
        segment();
        return startupMillis;
    }

    private static List<String[]> readDictionary() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = HanLPTokenizer.class.getClassLoader().getResourceAsStream(DOMAIN_DICTIONARY)) {
            if (in == null) throw new IllegalStateException(DOMAIN_DICTIONARY + " not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+");
                out.add(new String[]{f[0], f.length > 1 ? f[1] : "nz", f.length > 2 ? f[2] : "1000"});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

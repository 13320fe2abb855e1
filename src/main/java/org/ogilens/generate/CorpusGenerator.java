package org.ogilens.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ogilens.extract.Metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic reports with known truth, for property tests and benchmarks: each report is a pure function of
 * (seed, index), written in one input form, with a gold record in the format of the shared corpus's
 * {@code *.gold.jsonl} (every METRICS.md key labelled: a number where the report states it, null where not).
 */
public final class CorpusGenerator {
    public static final String GOLD_FILE = "_expected/generated.gold.jsonl";

    /** One generated file: its path under the corpus root, its bytes and its gold record. */
    public record Generated(String relativePath, byte[] bytes, ObjectNode gold) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final long seed;

    public CorpusGenerator(long seed) { this.seed = seed; }

    public Generated generate(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        return write(new SyntheticReport(r, GeneratorRegions.get()), r, index);
    }

    /**
     * Reports {@code first} … {@code first + length − 1} as one issuer's series over consecutive years (the same body,
     * last year's carried-forward requests and rules in force carried on, now and then broken on purpose), for trends
     * and cross-year checks.
     */
    public List<Generated> series(int first, int length) {
        if (length < 1 || length > 16) throw new IllegalArgumentException("a series has 1 to 16 years: " + length);
        // SplittableRandom mixes its seed: neighbouring series get unrelated start years
        int year = 2009 + new java.util.SplittableRandom(seed * 1_000_003L + first).nextInt(16 - length + 1);
        List<Generated> out = new ArrayList<>();
        SyntheticReport prev = null;
        for (int i = 0; i < length; i++) {
            Random r = new Random(seed * 1_000_003L + first + i);
            SyntheticReport rep = new SyntheticReport(r, GeneratorRegions.get(), year + i, prev);
            out.add(write(rep, r, first + i));
            prev = rep;
        }
        return out;
    }

    private Generated write(SyntheticReport rep, Random r, int index) {
        ReportWriter.Form form = ReportWriter.pickForm(r);
        Charset cs = form == ReportWriter.Form.DOCX ? StandardCharsets.UTF_8 : ReportWriter.pickCharset(r);
        byte[] bytes = ReportWriter.write(rep.doc, form, cs, r);
        String path = rep.year + "/" + String.format("%06d", index) + "_" + form.name().toLowerCase()
                + (cs.name().equals("GBK") ? "_gbk" : "") + "." + form.extension;
        return new Generated(path, bytes, gold(rep, path, form, cs));
    }

    private static ObjectNode gold(SyntheticReport rep, String path, ReportWriter.Form form, Charset cs) {
        ObjectNode g = JSON.createObjectNode();
        GeneratorRegions.Division d = rep.division;
        g.put("file", path);
        g.put("issuer_kind", rep.issuerKind);
        g.put("admin_level", d.level());
        g.put("region_code", d.code());
        g.put("province", d.province());
        g.put("prefecture", d.level().equals("province") ? null : d.prefecture());
        g.put("county", d.level().equals("county") || d.level().equals("township") ? d.county() : null);
        g.put("township", d.level().equals("township") ? d.name() : null);
        g.put("report_year", rep.year);
        g.put("publish_date", rep.published.toString());
        g.put("period_start", rep.periodStated ? rep.year + "-01-01" : null);
        g.put("period_end", rep.periodStated ? rep.year + "-12-31" : null);
        g.put("format", rep.format);
        g.put("form", form.name().toLowerCase() + (cs.name().equals("GBK") ? "_gbk" : ""));
        ArrayNode w = g.putArray("warnings_expected");
        rep.warningsExpected.stream().distinct().forEach(w::add);
        ObjectNode m = g.putObject("metrics");
        for (String key : Metrics.keys()) {
            Double v = rep.metrics.get(key);
            if (v == null) m.putNull(key);
            else if (v == Math.rint(v)) m.put(key, v.longValue());
            else m.put(key, v);
        }
        for (Map.Entry<String, Double> e : rep.metrics.entrySet()) {
            if (!m.has(e.getKey())) throw new IllegalStateException("generator wrote a key outside METRICS.md: " + e.getKey());
        }
        return g;
    }

    /** Writes {@code count} lone reports under {@code out} and their gold records to {@link #GOLD_FILE}. */
    public void writeCorpus(int count, Path out) throws IOException {
        writeCorpus(count, 1, out);
    }

    /**
     * Writes {@code count} reports, in series of {@code seriesLength} consecutive years of one issuer (1: every report
     * on its own), and their gold records; a gold record of a series carries {@code series}, its first index.
     */
    public void writeCorpus(int count, int seriesLength, Path out) throws IOException {
        Path goldPath = out.resolve(GOLD_FILE);
        Files.createDirectories(goldPath.getParent());
        try (BufferedWriter gw = Files.newBufferedWriter(goldPath, StandardCharsets.UTF_8)) {
            for (int s = 0; s < count; s += seriesLength) {
                List<Generated> batch = seriesLength == 1 ? List.of(generate(s)) : series(s, Math.min(seriesLength, count - s));
                for (Generated g : batch) writeOne(out, gw, g, seriesLength == 1 ? null : s);
            }
        }
    }

    private static void writeOne(Path out, BufferedWriter gw, Generated g, Integer series) throws IOException {
        if (series != null) g.gold().put("series", series);
        Path f = out.resolve(g.relativePath());
        Files.createDirectories(f.getParent());
        Files.write(f, g.bytes());
        gw.write(JSON.writeValueAsString(g.gold()));
        gw.write('\n');
    }
}

package org.ogilens.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores extracted reports against gold records in the format of the shared corpus ({@code *.gold.jsonl}).
 * Plain Java: the Spark edge ({@link EvaluateJob}) only fetches the reports the gold names.
 *
 * <p>For every labelled metric: gold n, extracted n → true positive; gold n, extracted m ≠ n → a false
 * positive and a false negative (a wrong number); gold n, nothing extracted → false negative; gold null,
 * something extracted → false positive; gold null, nothing → correct. Precision = TP / (TP + FP), recall =
 * TP / (TP + FN). Amounts compare to 4 decimals. Dimensions (identity fields) score as exact string matches.
 */
public final class Evaluator {
    /** The identity fields scored as dimensions, where a gold record labels them. */
    public static final List<String> DIMENSIONS = List.of("issuer_kind", "admin_level", "region_code", "province",
            "prefecture", "county", "township", "report_year", "publish_date", "period_start", "period_end", "format");

    /** A gold record: the file it describes, labelled dimensions and metrics (null = not stated), warnings. */
    public record Gold(String file, Map<String, String> dims, Map<String, Double> metrics, List<String> warnings,
                       String group) {}

    /** What the dataset holds for one gold file; null dims = the file is not a report in the dataset. */
    public record Observed(Map<String, String> dims, Map<String, Double> metrics, Set<String> warnings,
                           String missingReason) {
        public static Observed missing(String why) { return new Observed(null, Map.of(), Set.of(), why); }
    }

    private Evaluator() {}

    public static List<Gold> readGold(Path file) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = om.readTree(line);
            Map<String, String> dims = new LinkedHashMap<>();
            for (String d : DIMENSIONS) {
                if (n.has(d)) dims.put(d, n.get(d).isNull() ? null : n.get(d).asText());
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            JsonNode m = n.get("metrics");
            if (m != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    metrics.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asDouble());
                }
            }
            List<String> warnings = new ArrayList<>();
            if (n.has("warnings_expected")) n.get("warnings_expected").forEach(w -> warnings.add(w.asText()));
            String group = n.has("form") ? n.get("form").asText() : n.has("format") ? n.get("format").asText() : "all";
            out.add(new Gold(n.get("file").asText(), dims, metrics, warnings, group));
        }
        return out;
    }

    /** Counts for one metric (or one group of reports). */
    public static final class Counts {
        public long tp, fp, fn, correctNull, labelled;

        public double precision() { return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn); }

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            correctNull += o.correctNull;
            labelled += o.labelled;
        }
    }

    /** The result of an evaluation: overall, per metric, per group, dimension accuracy, mismatches. */
    public static final class Score {
        public final Counts overall = new Counts();
        public final Map<String, Counts> perMetric = new TreeMap<>();
        public final Map<String, Counts> perGroup = new TreeMap<>();
        public final Map<String, long[]> perDimension = new LinkedHashMap<>();   // correct, labelled
        public long warningsExpected, warningsFound, reports, reportsMissing;
        public final List<String> mismatches = new ArrayList<>();

        public double dimensionAccuracy() {
            long c = 0, t = 0;
            for (long[] v : perDimension.values()) {
                c += v[0];
                t += v[1];
            }
            return t == 0 ? 1.0 : (double) c / t;
        }

        /** True when every labelled key, dimension and expected warning matches. */
        public boolean perfect() {
            return overall.fp == 0 && overall.fn == 0 && dimensionAccuracy() == 1.0 && warningsFound == warningsExpected
                    && reportsMissing == 0;
        }

        public String render(int maxMismatches) {
            StringBuilder b = new StringBuilder();
            b.append(String.format("reports: %d (not in the dataset: %d)%n", reports, reportsMissing));
            b.append(String.format("metrics: %d labelled; precision %.4f, recall %.4f (TP %d, FP %d, FN %d, correct nulls %d)%n",
                    overall.labelled, overall.precision(), overall.recall(), overall.tp, overall.fp, overall.fn, overall.correctNull));
            b.append(String.format("dimensions: accuracy %.4f%n", dimensionAccuracy()));
            b.append(String.format("expected warnings: %d of %d present%n", warningsFound, warningsExpected));
            b.append("\nper dimension:\n");
            for (Map.Entry<String, long[]> e : perDimension.entrySet()) {
                b.append(String.format("  %-14s %.4f (%d/%d)%n", e.getKey(), ratio(e.getValue()), e.getValue()[0], e.getValue()[1]));
            }
            b.append("\nper metric (labelled, precision, recall, TP, FP, FN):\n");
            for (Map.Entry<String, Counts> e : perMetric.entrySet()) {
                Counts c = e.getValue();
                b.append(String.format("  %-32s %6d  %.4f  %.4f  %6d %5d %5d%n", e.getKey(), c.labelled, c.precision(), c.recall(), c.tp, c.fp, c.fn));
            }
            if (perGroup.size() > 1) {
                b.append("\nper group (labelled, precision, recall):\n");
                for (Map.Entry<String, Counts> e : perGroup.entrySet()) {
                    Counts c = e.getValue();
                    b.append(String.format("  %-22s %7d  %.4f  %.4f%n", e.getKey(), c.labelled, c.precision(), c.recall()));
                }
            }
            b.append(String.format("%nmismatches: %d%n", mismatches.size()));
            for (int i = 0; i < Math.min(maxMismatches, mismatches.size()); i++) b.append("  ").append(mismatches.get(i)).append('\n');
            if (mismatches.size() > maxMismatches) b.append("  … ").append(mismatches.size() - maxMismatches).append(" more\n");
            return b.toString();
        }

        private static double ratio(long[] v) { return v[1] == 0 ? 1.0 : (double) v[0] / v[1]; }
    }

    public static Score score(List<Gold> gold, Function<Gold, Observed> lookup) {
        Score s = new Score();
        for (Gold g : gold) {
            s.reports++;
            Observed o = lookup.apply(g);
            if (o == null) o = Observed.missing("not in the dataset");
            if (o.dims() == null) {
                s.reportsMissing++;
                s.mismatches.add(g.file() + ": " + o.missingReason());
            }
            for (Map.Entry<String, String> d : g.dims().entrySet()) {
                long[] c = s.perDimension.computeIfAbsent(d.getKey(), k -> new long[2]);
                c[1]++;
                String got = o.dims() == null ? null : o.dims().get(d.getKey());
                if (o.dims() != null && Objects.equals(d.getValue(), got)) c[0]++;
                else if (o.dims() != null) s.mismatches.add(g.file() + " " + d.getKey() + ": gold " + d.getValue() + ", got " + got);
            }
            Counts group = s.perGroup.computeIfAbsent(g.group(), k -> new Counts());
            for (Map.Entry<String, Double> m : g.metrics().entrySet()) {
                Counts c = new Counts();
                c.labelled = 1;
                Double want = m.getValue();
                Double have = o.metrics().get(m.getKey());
                if (want == null && have == null) {
                    c.correctNull = 1;
                } else if (want == null) {
                    c.fp = 1;
                    s.mismatches.add(g.file() + " " + m.getKey() + ": gold null (not stated), got " + fmt(have));
                } else if (have == null) {
                    c.fn = 1;
                    if (o.dims() != null) s.mismatches.add(g.file() + " " + m.getKey() + ": gold " + fmt(want) + ", got null");
                } else if (Math.abs(want - have) < 5e-5) {
                    c.tp = 1;
                } else {
                    c.fp = 1;
                    c.fn = 1;
                    s.mismatches.add(g.file() + " " + m.getKey() + ": gold " + fmt(want) + ", got " + fmt(have));
                }
                s.perMetric.computeIfAbsent(m.getKey(), k -> new Counts()).add(c);
                s.overall.add(c);
                group.add(c);
            }
            for (String w : g.warnings()) {
                s.warningsExpected++;
                if (o.warnings().contains(w)) s.warningsFound++;
                else if (o.dims() != null) s.mismatches.add(g.file() + " missing warning " + w);
            }
        }
        return s;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}

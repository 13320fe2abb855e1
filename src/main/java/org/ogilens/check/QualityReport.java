package org.ogilens.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.ogilens.extract.Metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The label-free data-quality report of a corpus: reports by format; for the standard layouts, how their
 * requests and review tables were read (complete and passing every identity, the source inconsistent, digits
 * ambiguous, incomplete, image only, absent); reports without a region or a year; per metric key, the share of
 * reports that state it; warnings by code; rejects by reason. Since real reports nearly always satisfy their own
 * identities, a complete table that passes them is very likely read right: this is the measure that runs on
 * every real corpus without labels.
 *
 * <p>Plain counters: {@link #add} takes one report's facts (the file-based path), {@link #count} takes
 * aggregates computed elsewhere (the Spark path), so both render the same report.
 */
public final class QualityReport {
    /** What the report needs to know of one parsed report. */
    public record Facts(String format, String requestsTable, String reviewTable, boolean hasRegion, boolean hasYear,
                        Collection<String> metricKeys, Collection<String> warnings) {}

    public static final String FORMATS = "formats", REQUESTS = "requests_table", REVIEW = "review_table",
            METRICS = "metrics", WARNINGS = "warnings", REJECTS = "rejects", IDENTITY = "identity";

    private final Map<String, Map<String, Long>> counters = new LinkedHashMap<>();

    public QualityReport() {
        for (String c : new String[]{FORMATS, REQUESTS, REVIEW, IDENTITY, METRICS, WARNINGS, REJECTS}) counters.put(c, new TreeMap<>());
    }

    /** Adds n to a counter's key (e.g. count(REQUESTS, "std_2021/complete", 12)). */
    public void count(String counter, String key, long n) {
        counters.get(counter).merge(key, n, Long::sum);
    }

    public void add(Facts f) {
        count(FORMATS, String.valueOf(f.format()), 1);
        if (f.format() != null && f.format().startsWith("std_")) {
            count(REQUESTS, f.format() + "/" + f.requestsTable(), 1);
            count(REVIEW, f.format() + "/" + f.reviewTable(), 1);
        }
        if (!f.hasRegion()) count(IDENTITY, "region_unresolved", 1);
        if (!f.hasYear()) count(IDENTITY, "year_unresolved", 1);
        for (String k : f.metricKeys()) count(METRICS, f.format() + "/" + k, 1);
        for (String w : f.warnings()) count(WARNINGS, w, 1);
    }

    public void reject(String reason) {
        count(REJECTS, reason, 1);
    }

    public long reports() {
        return sum(counters.get(FORMATS).values());
    }

    /** Std reports whose requests tables are in the text (not image-only, not absent), and how many of them pass. */
    public long[] requestsInText() {
        long inText = 0, complete = 0;
        for (Map.Entry<String, Long> e : counters.get(REQUESTS).entrySet()) {
            String status = e.getKey().substring(e.getKey().indexOf('/') + 1);
            if (status.equals("image_only") || status.equals("absent")) continue;
            inText += e.getValue();
            if (status.equals("complete")) complete += e.getValue();
        }
        return new long[]{inText, complete};
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        long reports = reports();
        b.append(String.format("reports: %d   rejects: %d%n", reports, sum(counters.get(REJECTS).values())));
        b.append("\nreports by format:\n");
        for (Map.Entry<String, Long> e : counters.get(FORMATS).entrySet()) b.append(line(e.getKey(), e.getValue(), reports));
        for (String table : new String[]{REQUESTS, REVIEW}) {
            b.append("\n").append(table).append(" (standard layouts) by how it was read:\n");
            for (String format : new String[]{"std_2019", "std_2021"}) {
                long n = counters.get(FORMATS).getOrDefault(format, 0L);
                for (Map.Entry<String, Long> e : counters.get(table).entrySet()) {
                    if (e.getKey().startsWith(format + "/")) b.append(line(e.getKey(), e.getValue(), n));
                }
            }
        }
        long[] r = requestsInText();
        b.append(String.format("%nstd reports with the requests table in the text: %d; complete and passing every identity: %d (%.1f%%)%n",
                r[0], r[1], r[0] == 0 ? 0.0 : 100.0 * r[1] / r[0]));
        b.append("\nidentity:\n");
        b.append(line("region resolved", reports - counters.get(IDENTITY).getOrDefault("region_unresolved", 0L), reports));
        b.append(line("year resolved", reports - counters.get(IDENTITY).getOrDefault("year_unresolved", 0L), reports));
        b.append("\nwarnings by code (reports carrying it):\n");
        for (Map.Entry<String, Long> e : counters.get(WARNINGS).entrySet()) b.append(line(e.getKey(), e.getValue(), reports));
        if (!counters.get(REJECTS).isEmpty()) {
            b.append("\nrejects by reason:\n");
            for (Map.Entry<String, Long> e : counters.get(REJECTS).entrySet()) b.append(String.format("  %-40s %7d%n", e.getKey(), e.getValue()));
        }
        b.append("\nshare of reports stating each metric, by format:\n");
        for (String format : counters.get(FORMATS).keySet()) {
            long n = counters.get(FORMATS).get(format);
            List<String> parts = new ArrayList<>();
            for (String key : Metrics.keys()) {
                Long c = counters.get(METRICS).get(format + "/" + key);
                if (c != null) parts.add(String.format("%s %.0f%%", key, 100.0 * c / n));
            }
            b.append("  ").append(format).append(" (").append(n).append("): ").append(String.join(", ", parts)).append('\n');
        }
        return b.toString();
    }

    /** The report as JSON (what {@code quality} writes to {@code DIR/_quality.json}). */
    public String toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", reports());
        long[] r = requestsInText();
        out.put("std_requests_table_in_text", r[0]);
        out.put("std_requests_table_complete", r[1]);
        out.put("std_requests_table_complete_share", r[0] == 0 ? null : (double) r[1] / r[0]);
        Map<String, Map<String, Long>> c = new LinkedHashMap<>(counters);
        out.put("counts", c);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(String key, long n, long of) {
        return String.format("  %-40s %7d  %5.1f%%%n", key, n, of == 0 ? 0.0 : 100.0 * n / of);
    }

    private static long sum(Collection<Long> v) {
        long s = 0;
        for (long x : v) s += x;
        return s;
    }
}

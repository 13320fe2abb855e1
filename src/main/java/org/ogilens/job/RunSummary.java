package org.ogilens.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/** Counts of a run: files seen, reports, rejects by reason, duplicates, time. Small numbers only reach the driver. */
public record RunSummary(long filesSeen, long reused, long reports, Map<String, Long> rejectsByReason, long duplicates,
                         long charsParsed, double seconds, List<String> inputs, String output, String runId,
                         String sparkVersion, Map<String, Double> stageSeconds) {

    /** The same summary with the seconds spent per stage (parse, then each table written). */
    public RunSummary withStageSeconds(Map<String, Double> s) {
        return new RunSummary(filesSeen, reused, reports, rejectsByReason, duplicates, charsParsed, seconds, inputs, output,
                runId, sparkVersion, s);
    }

    /** From the ranked parse rows (with _rank and _reused): one aggregation and one small group-by reach the driver. */
    static RunSummary of(Dataset<Row> ranked, long files, List<String> inputs, String output, String runId, long t0,
                         String sparkVersion) {
        Row totals = ranked.agg(
                sum(when(col("reject_reason").isNull().and(col("_rank").equalTo(1)), 1).otherwise(0)),
                sum(when(col("_rank").gt(1), 1).otherwise(0)),
                sum(when(col("reject_reason").isNull().and(col("_rank").equalTo(1)), col("char_count")).otherwise(0)),
                sum(when(col("_reused"), 1).otherwise(0))).first();
        Map<String, Long> reasons = new TreeMap<>();
        for (Row r : ranked.filter(col("reject_reason").isNotNull()).groupBy("reject_reason").agg(count(lit(1))).collectAsList()) {
            reasons.put(r.getString(0), r.getLong(1));
        }
        long dup = totals.isNullAt(1) ? 0 : totals.getLong(1);
        if (dup > 0) reasons.put("duplicate", dup);
        double secs = (System.nanoTime() - t0) / 1e9;
        long reused = totals.isNullAt(3) ? 0 : totals.getLong(3);
        return new RunSummary(files, reused, totals.isNullAt(0) ? 0 : totals.getLong(0), reasons, dup,
                totals.isNullAt(2) ? 0 : totals.getLong(2), secs, inputs, output, runId, sparkVersion, Map.of());
    }

    public long rejected() {
        return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("OGI Lens run ").append(runId).append('\n');
        b.append(String.format(Locale.ROOT, "  files seen      %d%n", filesSeen));
        if (reused > 0) b.append(String.format(Locale.ROOT, "  unchanged       %d (previous parse kept)%n", reused));
        b.append(String.format(Locale.ROOT, "  reports parsed  %d%n", reports));
        b.append(String.format(Locale.ROOT, "  rejected        %d%n", rejected()));
        for (Map.Entry<String, Long> e : rejectsByReason.entrySet()) {
            b.append(String.format(Locale.ROOT, "    %-14s %d%n", e.getKey(), e.getValue()));
        }
        b.append(String.format(Locale.ROOT, "  duplicates      %d%n", duplicates));
        b.append(String.format(Locale.ROOT, "  seconds         %.1f%n", seconds));
        b.append(String.format(Locale.ROOT, "  reports/s       %.1f%n", seconds > 0 ? reports / seconds : 0));
        b.append("  output          ").append(output).append('\n');
        return b.toString();
    }

    public String toJson() {
        StringBuilder r = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Long> e : rejectsByReason.entrySet()) {
            if (!first) r.append(", ");
            r.append(q(e.getKey())).append(": ").append(e.getValue());
            first = false;
        }
        r.append('}');
        StringBuilder in = new StringBuilder("[");
        for (int i = 0; i < inputs.size(); i++) in.append(i > 0 ? ", " : "").append(q(inputs.get(i)));
        in.append(']');
        return "{\n"
                + "  \"run_id\": " + q(runId) + ",\n"
                + "  \"files_seen\": " + filesSeen + ",\n"
                + "  \"files_unchanged\": " + reused + ",\n"
                + "  \"reports\": " + reports + ",\n"
                + "  \"rejected\": " + rejected() + ",\n"
                + "  \"rejects_by_reason\": " + r + ",\n"
                + "  \"duplicates\": " + duplicates + ",\n"
                + "  \"chars_parsed\": " + charsParsed + ",\n"
                + "  \"seconds\": " + String.format(Locale.ROOT, "%.3f", seconds) + ",\n"
                + "  \"reports_per_second\": " + String.format(Locale.ROOT, "%.3f", seconds > 0 ? reports / seconds : 0) + ",\n"
                + "  \"stage_seconds\": " + stages() + ",\n"
                + "  \"inputs\": " + in + ",\n"
                + "  \"output\": " + q(output) + ",\n"
                + "  \"versions\": {\"ogi_lens\": " + q(Version.get()) + ", \"spark\": " + q(sparkVersion)
                + ", \"java\": " + q(System.getProperty("java.version")) + "}\n"
                + "}\n";
    }

    private String stages() {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, Double> e : stageSeconds.entrySet()) {
            if (b.length() > 1) b.append(", ");
            b.append(q(e.getKey())).append(": ").append(String.format(Locale.ROOT, "%.3f", e.getValue()));
        }
        return b.append('}').toString();
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}

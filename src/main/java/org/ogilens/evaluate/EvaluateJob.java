package org.ogilens.evaluate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ogilens.write.OutputSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.split;

/**
 * The Spark edge of {@code evaluate}: fetches from a published dataset only the reports (and their metrics)
 * that the gold records name, matched by path suffix, and hands them to {@link Evaluator}. The corpus itself
 * never comes to the driver; only as many reports as there are gold records.
 */
public final class EvaluateJob {
    private EvaluateJob() {}

    public static Evaluator.Score run(SparkSession spark, String dataset, List<Evaluator.Gold> gold) {
        Set<String> names = new HashSet<>();
        for (Evaluator.Gold g : gold) names.add(baseName(g.file()));
        Column name = element_at(split(col("source_path"), "/"), -1);

        // files not in reports: rejected, or a duplicate of a report kept under another path
        Map<String, Row> rejects = new HashMap<>();
        Set<String> duplicateOf = new HashSet<>();
        Dataset<Row> rj = spark.read().parquet(org.ogilens.job.LiteralPaths.forReading(dataset + "/" + OutputSchema.REJECTS));
        for (Row r : rj.where(name.isin(names.toArray())).select("source_path", "reason", "detail", "duplicate_of").collectAsList()) {
            rejects.put(r.getString(0), r);
            if (r.getString(3) != null) duplicateOf.add(r.getString(3));
        }
        List<String> dims = new ArrayList<>(Evaluator.DIMENSIONS);
        List<Column> cols = new ArrayList<>();
        for (String c : List.of("doc_id", "source_path", "warnings")) cols.add(col(c));
        for (String d : dims) cols.add(col(d).cast("string").as(d));
        Dataset<Row> reports = spark.read().parquet(org.ogilens.job.LiteralPaths.forReading(dataset + "/" + OutputSchema.REPORTS));
        Column wanted = name.isin(names.toArray());
        if (!duplicateOf.isEmpty()) wanted = wanted.or(col("doc_id").isin(duplicateOf.toArray()));
        Map<String, Row> byPath = new HashMap<>();
        Map<String, Row> byDoc = new HashMap<>();
        for (Row r : reports.where(wanted).select(cols.toArray(new Column[0])).collectAsList()) {
            byPath.put(r.getString(1), r);
            byDoc.put(r.getString(0), r);
        }
        Map<String, Map<String, Double>> metrics = new HashMap<>();
        if (!byDoc.isEmpty()) {
            Dataset<Row> m = spark.read().parquet(org.ogilens.job.LiteralPaths.forReading(dataset + "/" + OutputSchema.METRICS));
            for (Row r : m.where(col("doc_id").isin(byDoc.keySet().toArray())).select("doc_id", "metric", "value").collectAsList()) {
                metrics.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(r.getString(1), r.isNullAt(2) ? null : r.getDouble(2));
            }
        }
        return Evaluator.score(gold, g -> {
            Row rep = find(byPath, g.file());
            if (rep == null) {
                Row rej = find(rejects, g.file());
                if (rej == null) return Evaluator.Observed.missing("not in the dataset");
                if (rej.getString(3) != null) rep = byDoc.get(rej.getString(3));
                if (rep == null) return Evaluator.Observed.missing("rejected: " + rej.getString(1) + " (" + rej.getString(2) + ")");
            }
            Map<String, String> d = new HashMap<>();
            for (int i = 0; i < dims.size(); i++) d.put(dims.get(i), rep.isNullAt(3 + i) ? null : rep.getString(3 + i));
            Set<String> warnings = new HashSet<>(rep.isNullAt(2) ? List.of() : rep.getList(2));
            return new Evaluator.Observed(d, metrics.getOrDefault(rep.getString(0), Map.of()), warnings, null);
        });
    }

    /** The row whose source path ends with the gold file's relative path (at a folder boundary). */
    private static Row find(Map<String, Row> byPath, String file) {
        String f = file.replace('\\', '/');
        Row exact = byPath.get(f);
        if (exact != null) return exact;
        for (Map.Entry<String, Row> e : byPath.entrySet()) {
            if (e.getKey().endsWith("/" + f)) return e.getValue();
        }
        return null;
    }

    private static String baseName(String file) {
        String f = file.replace('\\', '/');
        return f.substring(f.lastIndexOf('/') + 1);
    }
}

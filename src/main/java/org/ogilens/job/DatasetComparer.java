package org.ogilens.job;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ogilens.write.OutputSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code compare --left A --right B}: whether two published datasets hold the same rows in every table (as multisets,
 * EXCEPT ALL both ways), leaving out the columns that measure the run rather than the data (reports.parse_ms).
 * Used to check a cluster build, an incremental build or a resumed build against a plain local build.
 */
public final class DatasetComparer {
    /** Columns that differ between two runs of the same input by nature. */
    public static final List<String> RUN_COLUMNS = List.of("parse_ms");

    public record TableDiff(String table, long leftRows, long rightRows, long onlyLeft, long onlyRight) {
        public boolean same() { return onlyLeft == 0 && onlyRight == 0; }
    }

    private DatasetComparer() {}

    public static List<TableDiff> compare(SparkSession spark, String left, String right) throws IOException {
        List<TableDiff> out = new ArrayList<>();
        for (OutputSchema.Table t : OutputSchema.tables()) out.add(compareTable(spark, left, right, t.name()));
        return out;
    }

    public static TableDiff compareTable(SparkSession spark, String left, String right, String table) throws IOException {
        Dataset<Row> a = read(spark, left, table), b = read(spark, right, table);
        return new TableDiff(table, a.count(), b.count(), a.exceptAll(b).count(), b.exceptAll(a).count());
    }

    private static Dataset<Row> read(SparkSession spark, String dataset, String table) throws IOException {
        Path p = new Path(dataset, table);
        if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
            throw new IOException("no table " + table + " in " + dataset);
        }
        Dataset<Row> df = TableReader.read(spark, dataset, table);
        for (String c : RUN_COLUMNS) df = df.drop(c);
        return df;
    }

    public static String render(List<TableDiff> diffs) {
        StringBuilder b = new StringBuilder(String.format("%-16s %10s %10s %10s %10s%n", "table", "left", "right", "only left", "only right"));
        for (TableDiff d : diffs) {
            b.append(String.format("%-16s %10d %10d %10d %10d%s%n", d.table(), d.leftRows(), d.rightRows(), d.onlyLeft(),
                    d.onlyRight(), d.same() ? "" : "   DIFFERENT"));
        }
        b.append(diffs.stream().allMatch(TableDiff::same) ? "identical rows in every table\n" : "the datasets differ\n");
        return b.toString();
    }
}

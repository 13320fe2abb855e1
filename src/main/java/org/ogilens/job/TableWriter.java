package org.ogilens.job;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ogilens.write.DatasetPublisher;
import org.ogilens.write.OutputSchema;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Writes one table to staging in its documented column order, types and descriptions (Parquet field metadata), with
 * few files per partition. A partitioned table is shuffled by its partition column so that each year is written by
 * one task; in a small run ({@code single}) the whole table is one task instead, sorted locally, which saves the
 * shuffle and its extra job per table.
 */
final class TableWriter {
    private final DatasetPublisher publisher;
    private final boolean single;

    TableWriter(DatasetPublisher publisher, boolean single) {
        this.publisher = publisher;
        this.single = single;
    }

    /** Whether this is a small run, whose tables are written from one task each. */
    boolean single() {
        return single;
    }

    void table(Dataset<Row> df, String name) {
        OutputSchema.Table t = OutputSchema.table(name);
        List<Column> cols = new ArrayList<>();
        StructType in = df.schema();
        for (StructField f : t.schema().fields()) {
            // Parquet reads lists back with nullable elements, and Spark cannot cast those to non-null ones: where a
            // column already has the documented type but for nullability, it is written as it is
            boolean same = in.getFieldIndex(f.name()).isDefined()
                    && in.apply(f.name()).dataType().catalogString().equals(f.dataType().catalogString());
            cols.add((same ? col(f.name()) : col(f.name()).cast(f.dataType())).as(f.name(), f.metadata()));
        }
        Dataset<Row> out = df.select(cols.toArray(new Column[0]));
        String dir = publisher.stagingTable(name);
        if (t.partitionBy().isEmpty()) {
            out.coalesce(1).write().mode("overwrite").parquet(dir);
            return;
        }
        List<Column> order = new ArrayList<>();
        for (String p : t.partitionBy()) order.add(col(p));
        Column[] parts = order.toArray(new Column[0]);
        order.addAll(List.of(sortColumns(t)));
        out = single ? out.coalesce(1).sortWithinPartitions(order.toArray(new Column[0]))
                : out.repartition(parts).sortWithinPartitions(sortColumns(t));
        out.write().mode("overwrite").partitionBy(t.partitionBy().toArray(new String[0])).parquet(dir);
    }

    private static Column[] sortColumns(OutputSchema.Table t) {
        List<Column> s = new ArrayList<>();
        for (String c : new String[]{"scope", "province_code", "admin_level", "region_code", "series_id", "doc_id", "measure", "check"}) {
            if (t.schema().getFieldIndex(c).isDefined()) s.add(col(c));
        }
        return s.toArray(new Column[0]);
    }
}

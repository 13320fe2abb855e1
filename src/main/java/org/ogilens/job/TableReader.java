package org.ogilens.job;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ogilens.write.OutputSchema;

/** Reads a table of a dataset folder (published or staged) with its documented schema. */
final class TableReader {
    private TableReader() {}

    /** With the schema given, an empty table (a folder without files) reads as empty, not as an error. */
    static Dataset<Row> read(SparkSession spark, String dataset, String table) {
        return spark.read().schema(OutputSchema.table(table).schema()).parquet(LiteralPaths.forReading(new Path(dataset, table)));
    }
}

package org.ogilens.write;

import org.apache.spark.sql.types.StructField;
import org.ogilens.ingest.Rejects;

/** Renders {@link OutputSchema} as Markdown: docs/DATA_DICTIONARY.md is this output (a test keeps it equal). */
public final class DataDictionary {
    private DataDictionary() {}

    public static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Data dictionary\n\n");
        b.append("Generated from `OutputSchema` by `jobs/ogi-lens dictionary`; do not edit by hand. The same descriptions are\n");
        b.append("written into every Parquet file as field metadata (key `comment`, inside Spark's schema in the footer\n");
        b.append("key `org.apache.spark.sql.parquet.row.metadata`).\n\n");
        b.append("Tables live under the output folder, one folder each. Partitioned tables use hive-style folders\n");
        b.append("(`report_year=2021/`); a report whose year is unresolved lands in `report_year=__HIVE_DEFAULT_PARTITION__`,\n");
        b.append("which Spark and DuckDB read as null. `_run.json` beside them holds the run summary.\n\n");
        for (OutputSchema.Table t : OutputSchema.tables()) {
            b.append("## `").append(t.name()).append("`\n\n");
            b.append("One row: ").append(t.rowMeaning()).append(".");
            if (!t.partitionBy().isEmpty()) b.append(" Partitioned by `").append(String.join("`, `", t.partitionBy())).append("`.");
            b.append("\n\n| column | type | description |\n|---|---|---|\n");
            for (StructField f : t.schema().fields()) {
                b.append("| `").append(f.name()).append("` | ").append(f.dataType().simpleString()).append(" | ")
                        .append(OutputSchema.description(f).replace("|", "\\|")).append(" |\n");
            }
            b.append('\n');
        }
        b.append("## Reject reasons\n\n| reason | meaning |\n|---|---|\n");
        for (String[] r : Rejects.ALL) b.append("| `").append(r[0]).append("` | ").append(r[1]).append(" |\n");
        b.append('\n');
        return b.toString();
    }
}

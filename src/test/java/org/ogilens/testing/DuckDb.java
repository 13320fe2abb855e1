package org.ogilens.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a published dataset the way a notebook analyst does: DuckDB over the Parquet files, hive partitions on. */
public final class DuckDb {
    private DuckDb() {}

    /** Every row of the query as column → value (as DuckDB renders it to a string), in column order. */
    public static List<Map<String, String>> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<Map<String, String>> rows = new ArrayList<>();
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) row.put(r.getMetaData().getColumnName(i), r.getString(i));
                rows.add(row);
            }
            return rows;
        }
    }

    public static long count(String sql) throws Exception {
        return Long.parseLong(query("SELECT count(*) AS n FROM (" + sql + ")").get(0).get("n"));
    }

    /** A table of a dataset as a DuckDB relation. */
    public static String table(Path dataset, String name) {
        return "read_parquet('" + dataset.resolve(name) + "/**/*.parquet', hive_partitioning = true)";
    }

    /** Rows in one query and not the other, both ways (empty when the two give the same multiset of rows). */
    public static List<Map<String, String>> difference(String a, String b) throws Exception {
        return query("(" + a + " EXCEPT ALL " + b + ") UNION ALL (" + b + " EXCEPT ALL " + a + ")");
    }
}

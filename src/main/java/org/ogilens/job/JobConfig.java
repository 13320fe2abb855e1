package org.ogilens.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Job settings: ogilens.* keys for the job, spark.* keys passed to Spark. Defaults are here; conf/ogi-lens.properties
 * documents the same values (a test keeps them equal); --config FILE and --conf key=value override, in that order.
 */
public final class JobConfig {
    public static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("ogilens.maxFileBytes", "20000000");
        DEFAULTS.put("ogilens.maxPdfPages", "500");
        DEFAULTS.put("ogilens.maxParseMillis", "60000");
        DEFAULTS.put("ogilens.tasksPerCore", "4");
        DEFAULTS.put("ogilens.filesPerTask", "500");
        DEFAULTS.put("ogilens.textAnalytics", "true");
        DEFAULTS.put("ogilens.smallRunFiles", "2000");
        DEFAULTS.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        DEFAULTS.put("spark.sql.parquet.compression.codec", "zstd");
        DEFAULTS.put("spark.ui.showConsoleProgress", "true");
        DEFAULTS.put("spark.sql.adaptive.enabled", "true");
        DEFAULTS.put("spark.sql.shuffle.partitions", "8");
        DEFAULTS.put("spark.hadoop.parquet.summary.metadata.level", "NONE");
        DEFAULTS.put("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
        DEFAULTS.put("spark.sql.debug.maxToStringFields", "1000");
    }

    private final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);

    public JobConfig() {}

    public JobConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        for (String k : p.stringPropertyNames()) values.put(k, p.getProperty(k).trim());
        return this;
    }

    public JobConfig set(String keyValue) {
        int eq = keyValue.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("--conf wants key=value, got " + keyValue);
        values.put(keyValue.substring(0, eq).trim(), keyValue.substring(eq + 1).trim());
        return this;
    }

    public String get(String key) { return values.get(key); }

    public long getLong(String key) { return Long.parseLong(values.get(key)); }

    public int getInt(String key) { return Integer.parseInt(values.get(key)); }

    public Map<String, String> all() { return values; }
}

package org.ogilens.write;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Readers never see a half-written dataset. A run writes every table under {@code <output>/_staging/<run>/};
 * publishing then writes a journal ({@code _publishing}), swaps each table directory into place (the old
 * one moves to {@code _previous/<run>/}), writes {@code _run.json}, and removes the journal and the old
 * tables. A run that dies before publishing leaves the previous dataset as it was; one that dies while
 * publishing is rolled forward by the next run from the journal. Names starting with _ are ignored by
 * Spark, DuckDB globs of a table folder and pyarrow.
 */
public final class DatasetPublisher {
    private final FileSystem fs;
    private final Path output;
    private final String runId;

    public DatasetPublisher(String output, String runId, Configuration conf) throws IOException {
        this.output = new Path(output);
        this.fs = this.output.getFileSystem(conf);
        this.runId = runId;
    }

    /** A run id that sorts by start time: 20261122T101500Z-1a2b3c. */
    public static String newRunId() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.now()) + "-" + Long.toHexString(System.nanoTime() & 0xFFFFFF);
    }

    public Path staging() { return new Path(output, "_staging/" + runId); }

    public String stagingTable(String table) { return new Path(staging(), table).toString(); }

    /**
     * Finishes a publish that an earlier run began but did not end (from its journal), then removes what runs that
     * died before publishing left in {@code _staging}. Runs must not overlap (jobs/nightly holds a lock).
     */
    public void recover() throws IOException {
        Path journal = new Path(output, "_publishing");
        if (fs.exists(journal)) {
            String previousRun;
            try (var in = fs.open(journal)) {
                previousRun = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")[0].trim();
            }
            new DatasetPublisher(output.toString(), previousRun, fs.getConf()).swapIn(readTables(journal));
        }
        Path stagingRoot = new Path(output, "_staging");
        if (fs.exists(stagingRoot)) {
            for (var st : fs.listStatus(stagingRoot)) if (!st.getPath().getName().equals(runId)) fs.delete(st.getPath(), true);
        }
    }

    /** Publishes the staged tables and the run summary. */
    public void publish(List<String> tables, String runJson) throws IOException {
        Path staged = staging();
        writeString(new Path(staged, "_run.json"), runJson);
        Path journal = new Path(output, "_publishing");
        writeString(journal, runId + "\n" + String.join("\n", tables));
        swapIn(tables);
    }

    private void swapIn(List<String> tables) throws IOException {
        Path staged = staging();
        Path previous = new Path(output, "_previous/" + runId);
        for (String t : tables) {
            Path src = new Path(staged, t), dst = new Path(output, t);
            if (!fs.exists(src)) continue; // already swapped in by an interrupted publish
            if (fs.exists(dst)) {
                fs.mkdirs(previous);
                Path old = new Path(previous, t);
                if (fs.exists(old)) fs.delete(old, true);
                if (!fs.rename(dst, old)) throw new IOException("cannot move aside " + dst);
            }
            if (!fs.rename(src, dst)) throw new IOException("cannot publish " + src + " to " + dst);
            faultPoint();
        }
        Path run = new Path(staged, "_run.json");
        if (fs.exists(run)) {
            Path dst = new Path(output, "_run.json");
            if (fs.exists(dst)) fs.delete(dst, false);
            fs.rename(run, dst);
        }
        fs.delete(new Path(output, "_publishing"), false);
        fs.delete(new Path(output, "_previous"), true);
        fs.delete(staged, true);
        Path stagingRoot = new Path(output, "_staging");
        if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) fs.delete(stagingRoot, true);
    }

    private int swapped;

    /**
     * Fault injection for the crash tests only: with -Dogilens.faultInjection.haltAfterTables=N the JVM halts, as
     * kill -9 would (no shutdown hooks, no finally blocks), right after the N-th table is swapped in.
     */
    private void faultPoint() {
        String n = System.getProperty("ogilens.faultInjection.haltAfterTables");
        if (n != null && ++swapped == Integer.parseInt(n)) Runtime.getRuntime().halt(137);
    }

    /** Removes what a failed run staged; the published dataset is untouched. */
    public void abandon() {
        try {
            fs.delete(staging(), true);
        } catch (IOException ignored) {
            // best effort: a later run cleans up its own staging only
        }
    }

    private List<String> readTables(Path journal) throws IOException {
        try (var in = fs.open(journal)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            return List.of(lines).subList(1, lines.length);
        }
    }

    private void writeString(Path p, String s) throws IOException {
        try (FSDataOutputStream out = fs.create(p, true)) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}

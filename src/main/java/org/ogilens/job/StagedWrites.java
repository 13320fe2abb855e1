package org.ogilens.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The table writes of one build, submitted as concurrent Spark jobs from a few driver threads: each write's fixed
 * cost (planning, scheduling, the Parquet commit) overlaps the others' work instead of adding up, which is most of a
 * small run's time; a large run's tasks share the same executor slots either way. A write that reads a table staged
 * by another one names it and starts when it is staged. The seconds of each write are recorded by table.
 */
final class StagedWrites implements AutoCloseable {
    /** Driver threads submitting writes: enough to overlap the fixed costs, few enough not to crowd the scheduler. */
    static final int THREADS = 4;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "ogi-lens-write");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CompletableFuture<Void>> pending = new LinkedHashMap<>();
    private final Map<String, Double> seconds = new ConcurrentHashMap<>();

    /** One write: what it does, given nothing (the tables it reads are staged when it runs). */
    interface Write {
        void run() throws Exception;
    }

    /** Submits the write of {@code table}, to start once every table of {@code after} is staged. */
    void submit(String table, List<String> after, Write write) {
        CompletableFuture<?>[] deps = after.stream().map(a -> {
            CompletableFuture<Void> f = pending.get(a);
            if (f == null) throw new IllegalStateException(table + " waits for " + a + ", which is not submitted");
            return f;
        }).toArray(CompletableFuture[]::new);
        pending.put(table, CompletableFuture.allOf(deps).thenRunAsync(() -> {
            long t0 = System.nanoTime();
            try {
                write.run();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
            seconds.put(table, (System.nanoTime() - t0) / 1e9);
        }, pool));
    }

    void submit(String table, Write write) {
        submit(table, List.of(), write);
    }

    /**
     * Waits for every write; the first failure is rethrown (as it was thrown, where it is unchecked or an
     * IOException) after the others have ended, so that no job is left running against a staging folder that is
     * about to be abandoned.
     */
    Map<String, Double> await(List<String> order) throws java.io.IOException {
        Throwable first = null;
        for (CompletableFuture<Void> f : pending.values()) {
            try {
                f.join();
            } catch (CompletionException e) {
                if (first == null) first = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
            }
        }
        if (first instanceof java.io.IOException io) throw io;
        if (first instanceof RuntimeException re) throw re;
        if (first instanceof Error er) throw er;
        if (first != null) throw new IllegalStateException(first);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String t : order) if (seconds.containsKey(t)) out.put(t, seconds.get(t));
        List<String> rest = new ArrayList<>(seconds.keySet());
        rest.removeAll(order);
        for (String t : rest) out.put(t, seconds.get(t));
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

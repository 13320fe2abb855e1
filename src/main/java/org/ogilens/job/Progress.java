package org.ogilens.job;

import org.apache.spark.util.LongAccumulator;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Stage names with counts on the console, where Spark's bar alone says little (a bar of parse tasks does not say how
 * many files are done): every {@link #EVERY_MS} ms while files are parsed, "parsing 12,000 / 20,000 files", from an
 * accumulator the parse tasks add to as each file ends (Spark merges it when a task ends, so the count moves by
 * tasks); then "writing N tables". Only where the console progress bar is on; silent in tests and logs.
 */
final class Progress implements AutoCloseable {
    static final long EVERY_MS = 10_000;
    private final PrintStream out;
    private final boolean on;
    private Thread ticker;

    Progress(boolean on, PrintStream out) {
        this.on = on;
        this.out = out;
    }

    /** Starts reporting the parse of {@code total} files counted by {@code parsed} (total -1: an incremental build's). */
    void parsing(LongAccumulator parsed, long total) {
        if (!on) return;
        ticker = new Thread(() -> {
            long shown = -1;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(EVERY_MS);
                    long n = parsed.value();
                    if (n != shown) {
                        line(total < 0 ? String.format(Locale.ROOT, "parsing: %,d new or changed files done", n)
                                : String.format(Locale.ROOT, "parsing %,d / %,d files", n, total));
                        shown = n;
                    }
                }
            } catch (InterruptedException e) {
                // the parse is over
            }
        }, "ogi-lens-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** The parse is over: the count, and what comes next. */
    void writing(long parsed, int tables) {
        stopTicker();
        if (on) line(String.format(Locale.ROOT, "parsed %,d files; writing %d tables", parsed, tables));
    }

    private void line(String s) {
        // over Spark's bar, which redraws itself on the next line
        synchronized (out) {
            out.print("\r" + s + " ".repeat(Math.max(0, 80 - s.length())) + "\n");
            out.flush();
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
    }

    @Override
    public void close() {
        stopTicker();
    }
}

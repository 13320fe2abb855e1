package org.ogilens.pipeline;

import org.ogilens.ingest.Rejects;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A time limit per document, so that one pathological file (a regex that backtracks for hours, a parser loop) cannot
 * hold a task, and with it the job, forever. The work runs on a daemon thread; past the limit the document becomes a
 * {@code timeout} reject and the thread is interrupted, then, if it ignores that, stopped (Thread.stop, which Java
 * 17 still honours; on a JVM that refuses it the thread is abandoned and the next document gets a fresh one).
 * One instance per task: not shared between threads.
 */
public final class TimeLimit implements AutoCloseable {
    private final long millis;
    private ExecutorService worker;
    private Thread current;

    public TimeLimit(long millis) {
        this.millis = millis;
    }

    public ProcessedDocument run(String path, long size, Supplier<ProcessedDocument> work) {
        if (millis <= 0) return work.get();
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "ogi-lens-parse");
                t.setDaemon(true);
                current = t;
                return t;
            });
        }
        long t0 = System.nanoTime();
        Future<ProcessedDocument> f = worker.submit(work::get);
        try {
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            Thread stuck = current;
            worker.shutdownNow();
            worker = null;
            stop(stuck);
            return ProcessedDocument.rejected(path, size, null, Rejects.TIMEOUT,
                    "no result after " + millis + " ms (ogilens.maxParseMillis)", (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + path, e);
        } catch (ExecutionException e) {
            // DocumentProcessor never throws; an Error (OutOfMemoryError …) is not ours to hide
            Throwable c = e.getCause();
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        if (t == null) return;
        try {
            t.join(1000);
            if (t.isAlive()) t.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            // Java 20+: the thread is abandoned (a daemon: it cannot keep the JVM alive)
        }
    }

    @Override
    public void close() {
        if (worker != null) worker.shutdownNow();
    }
}

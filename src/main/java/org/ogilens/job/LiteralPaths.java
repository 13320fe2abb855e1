package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;

/**
 * Paths are paths: Hadoop (and Spark's reader) take {@code [ ] { } * ?} as glob characters, so a folder named
 * {@code in[1]} or an output {@code /tmp/out [x]} would not be found. An input that exists is taken literally
 * before it is tried as a glob; an output is always literal, escaped whenever Spark reads it back; and both are
 * checked before any work starts.
 */
public final class LiteralPaths {
    private LiteralPaths() {}

    /** The path with Hadoop's glob characters escaped, for Spark's reader (which globs every path it is given). */
    public static String forReading(String path) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        for (char c : path.toCharArray()) {
            if ("[]{}*?\\".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    public static String forReading(Path path) {
        return forReading(path.toString());
    }

    /** The statuses an input stands for: itself when it exists as written, else what it matches as a glob. */
    public static FileStatus[] input(String in, Configuration conf) throws IOException {
        Path p = new Path(in);
        FileSystem fs = p.getFileSystem(conf);
        if (fs.exists(p)) return new FileStatus[]{fs.getFileStatus(p)};
        FileStatus[] matches = fs.globStatus(p);
        if (matches == null || matches.length == 0) throw new IOException("input not found (neither a file or folder of that name nor a glob matching one): " + in);
        return matches;
    }

    /**
     * Checks an output folder before any work: it is a folder or can be made one, and a file can be written in it.
     * Fails with a message naming the path and why.
     */
    public static void checkOutput(String output, Configuration conf) throws IOException {
        Path p = new Path(output);
        FileSystem fs = p.getFileSystem(conf);
        if (fs.exists(p) && !fs.getFileStatus(p).isDirectory()) throw new IOException("output is a file, not a folder: " + output);
        try {
            if (!fs.exists(p) && !fs.mkdirs(p)) throw new IOException("cannot create the output folder: " + output);
            Path probe = new Path(p, "_probe-" + System.nanoTime());
            fs.create(probe, false).close();
            fs.delete(probe, false);
        } catch (IOException e) {
            throw new IOException("output folder not writable: " + output + " (" + e.getMessage() + ")", e);
        }
    }
}

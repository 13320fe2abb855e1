package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Lists input files on any Hadoop file system (file://, hdfs://, s3a://): each --input is a file, a folder
 * (walked recursively) or a glob. Only names and sizes reach the driver, never contents. Hidden files
 * (names starting with . or _) are skipped, as Hadoop input formats do.
 */
public final class InputLister {
    /** A file to read: path, size in bytes, modification time. */
    public record InputFile(String path, long size, long modified) {}

    private InputLister() {}

    public static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
        TreeMap<String, InputFile> out = new TreeMap<>();
        for (String in : inputs) {
            Path p = new Path(in);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) throw new IOException("input not found: " + in);
            for (FileStatus st : matches) {
                if (st.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (f.isFile() && !hidden(f.getPath(), st.getPath())) add(out, f);
                    }
                } else {
                    add(out, st);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(TreeMap<String, InputFile> out, FileStatus f) {
        String path = f.getPath().toString();
        out.put(path, new InputFile(path, f.getLen(), f.getModificationTime()));
    }

    /** A file or a folder below the input root whose name starts with . or _ . */
    private static boolean hidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith(".") || n.startsWith("_")) return true;
        }
        return false;
    }
}

package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ogilens.ingest.Rejects;
import org.ogilens.pipeline.DocumentProcessor;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.pipeline.TimeLimit;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * The parse stage: for each (path, size) row, read the bytes through Hadoop's file system and run the
 * plain-Java {@link DocumentProcessor}. Holds only serializable settings; the Hadoop configuration travels
 * as bytes and is rebuilt once per partition, the gazetteer is loaded once per JVM.
 */
public final class ParsePartition implements MapPartitionsFunction<Row, Row> {
    private final byte[] hadoopConf;
    private final long maxBytes;
    private final int maxPdfPages;
    private final boolean textAnalytics;
    private final long maxParseMillis;
    private org.apache.spark.util.LongAccumulator parsedFiles;

    public ParsePartition(byte[] hadoopConf, long maxBytes, int maxPdfPages, boolean textAnalytics, long maxParseMillis) {
        this.hadoopConf = hadoopConf;
        this.maxBytes = maxBytes;
        this.maxPdfPages = maxPdfPages;
        this.textAnalytics = textAnalytics;
        this.maxParseMillis = maxParseMillis;
    }

    /**
     * What the stage emits: the parsed row, then the file's modification time, the SHA-256 of its bytes (null when it
     * was not read), and {@code unchanged}: true when the bytes hash to the {@code old_hash} the input row carried, in
     * which case nothing was parsed and only source_path, modified and content_hash are set (an incremental build
     * reuses the previous row).
     */
    public static final StructType OUTPUT = RowMapper.PARSED
            .add("modified", DataTypes.LongType).add("content_hash", DataTypes.StringType).add("unchanged", DataTypes.BooleanType);

    /** Input rows: path, size, modified, old_hash (null: parse whatever the bytes). */
    public static final StructType INPUT = new StructType().add("path", DataTypes.StringType).add("size", DataTypes.LongType)
            .add("modified", DataTypes.LongType).add("old_hash", DataTypes.StringType);

    /** Counts every file this stage ends (for the console's progress line); optional. */
    public ParsePartition counting(org.apache.spark.util.LongAccumulator parsed) {
        this.parsedFiles = parsed;
        return this;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) throws IOException {
        Configuration conf = new Configuration(false);
        conf.readFields(new DataInputStream(new ByteArrayInputStream(hadoopConf)));
        DocumentProcessor processor = new DocumentProcessor(maxBytes, maxPdfPages, textAnalytics);
        TimeLimit limit = new TimeLimit(maxParseMillis);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) limit.close();
                return more;
            }

            @Override
            public Row next() {
                Row in = files.next();
                Row out = processOne(processor, limit, conf, in.getString(0), in.getLong(1), in.getLong(2),
                        in.isNullAt(3) ? null : in.getString(3), maxBytes);
                if (parsedFiles != null) parsedFiles.add(1);
                return out;
            }
        };
    }

    static Row processOne(DocumentProcessor processor, TimeLimit limit, Configuration conf, String path, long size,
                          long modified, String oldHash, long maxBytes) {
        if (size > maxBytes) return withFileFields(RowMapper.toRow(processor.process(path, null, size)), modified, null, false);
        byte[] bytes;
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf);
            bytes = new byte[(int) size];
            try (FSDataInputStream in = fs.open(p)) {
                in.readFully(0, bytes);
            }
        } catch (IOException | RuntimeException e) {
            return withFileFields(RowMapper.toRow(ProcessedDocument.rejected(path, size, null, Rejects.IO_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), 0)), modified, null, false);
        }
        String hash = DocumentProcessor.sha256Hex(bytes, 32);
        if (hash.equals(oldHash)) {
            // same bytes as last time: nothing parsed, only the path (the previous parse is joined back)
            Object[] empty = new Object[RowMapper.PARSED.size()];
            empty[RowMapper.PARSED.fieldIndex("source_path")] = path;
            return withFileFields(RowFactory.create(empty), modified, hash, true);
        }
        return withFileFields(RowMapper.toRow(limit.run(path, size, () -> processor.process(path, bytes, size))), modified, hash, false);
    }

    private static Row withFileFields(Row parsed, long modified, String hash, boolean unchanged) {
        Object[] v = new Object[OUTPUT.size()];
        for (int i = 0; i < parsed.size(); i++) v[i] = parsed.get(i);
        v[v.length - 3] = modified;
        v[v.length - 2] = hash;
        v[v.length - 1] = unchanged;
        return RowFactory.create(v);
    }
}

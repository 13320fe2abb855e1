package org.ogilens.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.ogilens.ingest.Rejects;
import org.ogilens.pipeline.DocumentProcessor;
import org.ogilens.pipeline.ProcessedDocument;

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

    public ParsePartition(byte[] hadoopConf, long maxBytes, int maxPdfPages, boolean textAnalytics) {
        this.hadoopConf = hadoopConf;
        this.maxBytes = maxBytes;
        this.maxPdfPages = maxPdfPages;
        this.textAnalytics = textAnalytics;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) throws IOException {
        Configuration conf = new Configuration(false);
        conf.readFields(new DataInputStream(new ByteArrayInputStream(hadoopConf)));
        DocumentProcessor processor = new DocumentProcessor(maxBytes, maxPdfPages, textAnalytics);
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return files.hasNext(); }

            @Override
            public Row next() {
                Row in = files.next();
                String path = in.getString(0);
                long size = in.getLong(1);
                return RowMapper.toRow(processOne(processor, conf, path, size, maxBytes));
            }
        };
    }

    static ProcessedDocument processOne(DocumentProcessor processor, Configuration conf, String path, long size, long maxBytes) {
        if (size > maxBytes) return processor.process(path, null, size);
        byte[] bytes;
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf);
            bytes = new byte[(int) size];
            try (FSDataInputStream in = fs.open(p)) {
                in.readFully(0, bytes);
            }
        } catch (IOException | RuntimeException e) {
            return ProcessedDocument.rejected(path, size, null, Rejects.IO_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
        }
        return processor.process(path, bytes, size);
    }
}

package org.ogilens.pipeline;

import org.ogilens.check.CheckResult;
import org.ogilens.check.ConsistencyChecker;
import org.ogilens.clean.TextCleaner;
import org.ogilens.extract.Extraction;
import org.ogilens.extract.MetricExtractor;
import org.ogilens.ingest.FileKind;
import org.ogilens.ingest.ReportReader;
import org.ogilens.ingest.Rejects;
import org.ogilens.understand.Gazetteer;
import org.ogilens.understand.Identity;
import org.ogilens.understand.IdentityExtractor;
import org.ogilens.understand.RegionResolver;
import org.ogilens.understand.ReportRecognizer;
import org.ogilens.understand.TextAnalyzer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One file in, one {@link ProcessedDocument} out: read → clean → understand → extract → check (and, when
 * enabled, the text analytics of the prose). A pure
 * function of the path and the bytes; it never throws, so no single file can fail a job.
 */
public final class DocumentProcessor {
    private final long maxBytes;
    private final int maxPdfPages;
    private final IdentityExtractor identityExtractor;
    private final boolean textAnalytics;

    public DocumentProcessor(long maxBytes, int maxPdfPages) {
        this(maxBytes, maxPdfPages, false);
    }

    /** With {@code textAnalytics}, every report is also tokenized with HanLP (terms, keywords, topics …). */
    public DocumentProcessor(long maxBytes, int maxPdfPages, boolean textAnalytics) {
        this.maxBytes = maxBytes;
        this.maxPdfPages = maxPdfPages;
        this.textAnalytics = textAnalytics;
        this.identityExtractor = new IdentityExtractor(new RegionResolver(Gazetteer.get()));
    }

    public ProcessedDocument process(String path, byte[] bytes, long size) {
        long t0 = System.nanoTime();
        try {
            if (size > maxBytes || (bytes != null && bytes.length > maxBytes)) {
                return reject(path, size, null, Rejects.TOO_LARGE, size + " bytes > limit " + maxBytes, t0);
            }
            ReportReader.ReadResult read = ReportReader.read(path, bytes, maxPdfPages);
            String kind = read.kind().name().toLowerCase();
            if (!read.ok()) return reject(path, size, kind, read.rejectReason(), read.detail(), t0);
            String cleaned = TextCleaner.clean(Traditional.toSimplifiedIfTraditional(read.text()));
            if (cleaned.isBlank()) {
                return reject(path, size, kind, Rejects.NO_TEXT, "no text after cleaning (image-only PDF or empty page?)", t0);
            }
            String noBody = ReportRecognizer.whyNoBody(cleaned);
            if (noBody != null) return reject(path, size, kind, Rejects.NO_BODY, noBody, t0);
            String why = ReportRecognizer.whyNot(cleaned);
            if (why != null) return reject(path, size, kind, Rejects.NOT_A_REPORT, why, t0);

            Identity id = identityExtractor.extract(cleaned);
            Extraction x = MetricExtractor.extract(cleaned, id.format(), read.kind() == FileKind.PDF, id.reportYear(), id.issuerKind());
            List<CheckResult> checks = ConsistencyChecker.check(x);
            Set<String> warnings = new LinkedHashSet<>(id.warnings());
            warnings.addAll(x.warnings());
            warnings.addAll(ConsistencyChecker.warnings(checks));
            TextAnalyzer.TextAnalysis analysis = textAnalytics ? TextAnalyzer.analyze(cleaned) : null;
            return new ProcessedDocument(path, size, kind, read.charset(), docId(cleaned), cleaned.length(), id, x,
                    checks, new ArrayList<>(warnings), analysis, null, null, millis(t0));
        } catch (RuntimeException | StackOverflowError e) {
            String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
            return reject(path, size, null, Rejects.UNREADABLE, msg.length() > 300 ? msg.substring(0, 300) : msg, t0);
        }
    }

    private static ProcessedDocument reject(String path, long size, String kind, String reason, String detail, long t0) {
        return ProcessedDocument.rejected(path, size, kind, reason, detail, millis(t0));
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** First 16 hex digits of the SHA-256 of the cleaned text: the same report at two paths is one document. */
    public static String docId(String cleaned) {
        return sha256Hex(cleaned.getBytes(StandardCharsets.UTF_8), 8);
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code data}, as lower-case hex. */
    public static String sha256Hex(byte[] data, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

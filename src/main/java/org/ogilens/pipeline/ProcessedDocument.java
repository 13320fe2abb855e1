package org.ogilens.pipeline;

import org.ogilens.check.CheckResult;
import org.ogilens.extract.Extraction;
import org.ogilens.understand.Identity;
import org.ogilens.understand.TextAnalyzer;

import java.util.List;

/**
 * The outcome of one input file: a parsed report (with its text analysis, when enabled), or a reject with a
 * reason code. Plain data; the Spark
 * edge maps it to rows.
 */
public record ProcessedDocument(String sourcePath, long sizeBytes, String fileKind, String charset,
                                String docId, int charCount, Identity identity, Extraction extraction,
                                List<CheckResult> checks, List<String> warnings, TextAnalyzer.TextAnalysis analysis,
                                String rejectReason, String rejectDetail, long parseMillis) {
    public boolean isReport() { return rejectReason == null; }

    /** A file that is not in reports: the reason code (see Rejects) and what was seen. */
    public static ProcessedDocument rejected(String sourcePath, long sizeBytes, String fileKind, String reason,
                                             String detail, long parseMillis) {
        return new ProcessedDocument(sourcePath, sizeBytes, fileKind, null, null, 0, null, null, List.of(), List.of(), null,
                reason, detail, parseMillis);
    }
}

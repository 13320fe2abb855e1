package org.ogilens.pipeline;

import org.ogilens.check.CheckResult;
import org.ogilens.extract.Extraction;
import org.ogilens.understand.Identity;

import java.util.List;

/**
 * The outcome of one input file: a parsed report, or a reject with a reason code. Plain data; the Spark
 * edge maps it to rows.
 */
public record ProcessedDocument(String sourcePath, long sizeBytes, String fileKind, String charset,
                                String docId, int charCount, Identity identity, Extraction extraction,
                                List<CheckResult> checks, List<String> warnings,
                                String rejectReason, String rejectDetail, long parseMillis) {
    public boolean isReport() { return rejectReason == null; }
}

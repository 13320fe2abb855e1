package org.ogilens.ingest;

/**
 * Turns the bytes of one file into raw text, whatever its form. Never throws: a file that cannot be read
 * comes back as a failure with a reason code for the rejects table.
 */
public final class ReportReader {
    private ReportReader() {}

    /** Outcome of reading a file: text (and how it was read) or a reject reason. */
    public record ReadResult(String text, FileKind kind, String charset, String rejectReason, String detail) {
        public boolean ok() { return rejectReason == null; }

        static ReadResult fail(FileKind kind, String reason, String detail) {
            return new ReadResult(null, kind, null, reason, detail);
        }
    }

    /** A complete PDF ends with %%EOF (possibly followed by a little padding). */
    static boolean truncatedPdf(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return !tail.contains("%%EOF");
    }

    public static ReadResult read(String path, byte[] bytes, int maxPdfPages) {
        FileKind kind = FileKind.sniff(path, bytes);
        try {
            return switch (kind) {
                case EMPTY -> ReadResult.fail(kind, Rejects.EMPTY, "0 bytes");
                case BINARY -> ReadResult.fail(kind, Rejects.BINARY, "control bytes in the first 8 KB, no known document signature");
                case PDF -> truncatedPdf(bytes)
                        ? ReadResult.fail(kind, Rejects.UNREADABLE, "truncated PDF: no %%EOF marker at the end")
                        : new ReadResult(PdfTextExtractor.extract(bytes, maxPdfPages), kind, null, null, null);
                case DOC -> new ReadResult(WordTextExtractor.extractDoc(bytes), kind, null, null, null);
                case DOCX -> new ReadResult(WordTextExtractor.extractDocx(bytes), kind, null, null, null);
                case HTML -> {
                    EncodingDetector.Decoded d = EncodingDetector.decode(bytes);
                    yield new ReadResult(HtmlTextExtractor.extract(d.text()), kind, d.charset().name(), null, null);
                }
                case TEXT -> {
                    EncodingDetector.Decoded d = EncodingDetector.decode(bytes);
                    yield new ReadResult(d.text(), kind, d.charset().name(), null, null);
                }
            };
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // OutOfMemoryError from a decompression bomb is local to this document's allocation.
            String msg = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            return ReadResult.fail(kind, Rejects.UNREADABLE, msg.length() > 300 ? msg.substring(0, 300) : msg);
        }
    }
}

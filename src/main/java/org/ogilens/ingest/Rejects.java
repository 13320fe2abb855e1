package org.ogilens.ingest;

/** Reason codes of the rejects table (documented in the data dictionary). */
public final class Rejects {
    public static final String EMPTY = "empty";
    public static final String BINARY = "binary";
    public static final String UNREADABLE = "unreadable";
    public static final String TOO_LARGE = "too_large";
    public static final String NO_TEXT = "no_text";
    public static final String NOT_A_REPORT = "not_a_report";
    public static final String NO_BODY = "no_body";
    public static final String DUPLICATE = "duplicate";
    public static final String TIMEOUT = "timeout";
    public static final String IO_ERROR = "io_error";

    /** Every code with its meaning, for the docs and the run summary. */
    public static final String[][] ALL = {
            {EMPTY, "the file has no bytes"},
            {BINARY, "not text and not a known document format (PDF, Word)"},
            {UNREADABLE, "a PDF or Word file that its parser could not open (corrupt, truncated, encrypted, zip bomb)"},
            {TOO_LARGE, "larger than ogilens.maxFileBytes"},
            {NO_TEXT, "readable, but no text after cleaning (e.g. a scanned PDF without a text layer)"},
            {NOT_A_REPORT, "text that is not an open-government-information annual report"},
            {NO_BODY, "a report's page that holds only its title and an attachment link (the report itself is the attachment)"},
            {DUPLICATE, "same normalized text as another file; duplicate_of names the kept doc_id"},
            {TIMEOUT, "parsing took longer than ogilens.maxParseMillis"},
            {IO_ERROR, "the file system could not read the file"},
    };

    private Rejects() {}
}

package org.ogilens.ingest;

import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Text of Word files: .doc through POI's HWPF, .docx through XWPF (table cells tab-separated, a row per
 * line). POI's own zip-bomb guard (minimum inflate ratio, maximum entry size) stays on.
 */
public final class WordTextExtractor {
    private WordTextExtractor() {}

    public static String extractDoc(byte[] bytes) throws IOException {
        try (WordExtractor ex = new WordExtractor(new ByteArrayInputStream(bytes))) {
            // HWPF marks table cells with \u0007; a row ends with two of them.
            return ex.getText().replace("\u0007\u0007", "\n").replace('\u0007', '\t');
        }
    }

    public static String extractDocx(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }
}

package org.ogilens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/** The text layer of a PDF in reading order: words sorted by position, so a table row stays on one line. */
public final class PdfTextExtractor {
    private PdfTextExtractor() {}

    public static String extract(byte[] bytes, int maxPages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setWordSeparator(" ");
            stripper.setPageEnd("\n");
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), maxPages));
            return stripper.getText(doc);
        }
    }
}

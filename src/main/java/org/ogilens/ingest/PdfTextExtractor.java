package org.ogilens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text layer of a PDF rebuilt from the glyphs' positions, not from the order the file stores them in: glyphs
 * are grouped into lines by their baseline, ordered by x, and a gap wider than a character between two glyphs
 * becomes a tab. A table row comes out as one line with its cells tab-separated, whatever order the producer
 * wrote them in (labels first and all the cells in a later run, header fragments in between); a label printed
 * one character per line in a tall merged cell lands as a short first field of the rows beside it. Prose lines
 * have no such gaps and read as before.
 */
public final class PdfTextExtractor {
    private PdfTextExtractor() {}

    public static String extract(byte[] bytes, int maxPages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Positions p = new Positions();
            p.setSortByPosition(true);
            p.setEndPage(Math.min(doc.getNumberOfPages(), maxPages));
            p.getText(doc); // collects the glyphs page by page
            return p.out.toString();
        }
    }

    /** A glyph: its text, left x, baseline y, width and height (PDFBox's direction-adjusted coordinates). */
    record Glyph(String text, float x, float y, float w, float h) {}

    private static final class Positions extends PDFTextStripper {
        final StringBuilder out = new StringBuilder();
        final List<Glyph> page = new ArrayList<>();

        Positions() throws IOException {
            super();
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) {
            page.clear();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition t : positions) {
                String u = t.getUnicode();
                if (u == null || u.isBlank()) continue;
                page.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), Math.max(0.1f, t.getWidthDirAdj()), Math.max(1f, t.getHeightDir())));
            }
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage p) {
            out.append(layout(page)).append('\n');
        }
    }

    /** Lines top to bottom, glyphs left to right, a tab where the gap is wider than a character. */
    static String layout(List<Glyph> glyphs) {
        List<Glyph> g = new ArrayList<>(glyphs);
        g.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        float lineY = 0, lineH = 0;
        for (Glyph x : g) {
            // the same line: baselines closer than 40% of the taller glyph
            if (line != null && Math.abs(x.y() - lineY) <= 0.4f * Math.max(lineH, x.h())) {
                line.add(x);
                continue;
            }
            line = new ArrayList<>();
            line.add(x);
            lines.add(line);
            lineY = x.y();
            lineH = x.h();
        }
        for (List<Glyph> l : lines) l.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder b = new StringBuilder();
        for (int li = 0; li < lines.size(); li++) {
            List<Glyph> l = lines.get(li);
            // one character left of the lines around it: a label spanning rows, printed down its column (三/、/本/年…);
            // it stands as a field of its own, not as the end of the label above
            if (l.size() == 1 && leftOfNeighbours(lines, li)) {
                b.append(l.get(0).text()).append("\t\n");
                continue;
            }
            float charWidth = medianWidth(l);
            Glyph prev = null;
            for (Glyph x : l) {
                if (prev != null) {
                    float gap = x.x() - (prev.x() + prev.w());
                    if (gap > Math.max(2f, 1.0f * charWidth)) b.append('\t');
                    else if (gap > 0.25f * charWidth && !(isCjk(prev.text()) || isCjk(x.text()))) b.append(' ');
                }
                b.append(x.text());
                prev = x;
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static boolean leftOfNeighbours(List<List<Glyph>> lines, int li) {
        Glyph g = lines.get(li).get(0);
        float left = Float.MAX_VALUE;
        for (int k = Math.max(0, li - 2); k <= Math.min(lines.size() - 1, li + 2); k++) {
            if (k == li || lines.get(k).size() < 2) continue;
            left = Math.min(left, lines.get(k).get(0).x());
        }
        return left != Float.MAX_VALUE && g.x() < left - g.w();
    }

    private static float medianWidth(List<Glyph> l) {
        float[] w = new float[l.size()];
        for (int i = 0; i < w.length; i++) w[i] = l.get(i).w();
        java.util.Arrays.sort(w);
        return w[w.length / 2];
    }

    private static boolean isCjk(String s) {
        return !s.isEmpty() && Character.isIdeographic(s.codePointAt(0));
    }
}

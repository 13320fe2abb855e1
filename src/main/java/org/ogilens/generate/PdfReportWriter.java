package org.ogilens.generate;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ogilens.generate.Doc.Block;
import org.ogilens.generate.Doc.Cell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a {@link Doc} as a PDF whose text layer is what real std_2021 PDFs give a reader: lines of prose, and
 * tables drawn cell by cell at their positions. A label wider than its column wraps over lines; a label spanning
 * rows (三、本年度办理结果) is printed one character per line down its column; the figures sit on the row's middle
 * line, a little off the label's lines; and, as some producers do, the content stream may hold every label first
 * and every figure after them. The CJK font is Debian's fonts-wqy-microhei, embedded as a subset.
 */
final class PdfReportWriter {
    private static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight(), MARGIN = 50;
    private static final float BODY = 10.5f, SMALL = 8f, LINE = 15f, CELL_LINE = 10f;

    private PdfReportWriter() {}

    static boolean available() {
        return FONT.isFile();
    }

    /** A piece of text at a position (PDF user space, y up). */
    private record Text(String s, float x, float y, float size, boolean label) {}

    static byte[] write(Doc doc, Random r) {
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> { if (first[0] == null) first[0] = f; });
            PDType0Font font = PDType0Font.load(pdf, first[0], true);
            pdf.setDocumentId(r.nextLong() & Long.MAX_VALUE);   // the same seed, the same bytes
            boolean labelsFirst = r.nextBoolean();
            List<List<Text>> pages = new ArrayList<>();
            List<Text> page = new ArrayList<>();
            pages.add(page);
            float y = H - MARGIN;
            for (Block b : doc.blocks) {
                if (b instanceof Doc.Para p) {
                    for (String line : wrap(p.text(), (int) ((W - 2 * MARGIN) / BODY))) {
                        if (y < MARGIN + LINE) {
                            page = new ArrayList<>();
                            pages.add(page);
                            y = H - MARGIN;
                        }
                        page.add(new Text(line, MARGIN, y, BODY, true));
                        y -= LINE;
                    }
                } else if (b instanceof Doc.Table t) {
                    List<Text> drawn = new ArrayList<>();
                    float bottom = table(t, y, drawn);
                    if (bottom < MARGIN) {
                        // the table goes on a page of its own
                        page = new ArrayList<>();
                        pages.add(page);
                        drawn.clear();
                        bottom = table(t, H - MARGIN, drawn);
                    }
                    if (labelsFirst) {
                        for (Text x : drawn) if (x.label()) page.add(x);
                        for (Text x : drawn) if (!x.label()) page.add(x);
                    } else {
                        page.addAll(drawn);
                    }
                    y = bottom - LINE;
                } else if (b instanceof Doc.Furniture f) {
                    page.add(new Text(f.text(), MARGIN, y, SMALL, true));
                    y -= LINE;
                } else if (b instanceof Doc.Image i) {
                    page.add(new Text(i.fileName(), MARGIN, y, SMALL, true));
                    y -= LINE;
                }
            }
            for (List<Text> texts : pages) {
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                    for (Text x : texts) {
                        cs.beginText();
                        cs.setFont(font, x.size());
                        cs.newLineAtOffset(x.x(), x.y());
                        cs.showText(x.s());
                        cs.endText();
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays a table out from the top y; adds its texts; returns the y below its last row. */
    private static float table(Doc.Table t, float top, List<Text> out) {
        // the grid: which cell starts at (row, column), with spans
        Map<Long, Cell> at = new HashMap<>();
        Map<Long, Boolean> occupied = new HashMap<>();
        int cols = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            int c = 0;
            for (Cell cell : t.rows().get(r)) {
                while (occupied.containsKey(key(r, c))) c++;
                at.put(key(r, c), cell);
                for (int dr = 0; dr < cell.rowspan(); dr++) for (int dc = 0; dc < cell.colspan(); dc++) occupied.put(key(r + dr, c + dc), true);
                c += cell.colspan();
            }
            while (occupied.containsKey(key(r, c))) c++;
            cols = Math.max(cols, c);
        }
        // columns holding figures are narrow; label columns share what is left
        boolean[] valueCol = new boolean[cols];
        for (Map.Entry<Long, Cell> e : at.entrySet()) if (e.getValue().value()) valueCol[(int) (e.getKey() & 0xFFFFFFFFL)] = true;
        int values = 0;
        for (boolean v : valueCol) if (v) values++;
        float valueWidth = values == 0 ? 0 : Math.min(34, (W - 2 * MARGIN) * 0.55f / values);
        float labelWidth = (W - 2 * MARGIN - values * valueWidth) / Math.max(1, cols - values);
        float[] x = new float[cols + 1];
        x[0] = MARGIN;
        for (int c = 0; c < cols; c++) x[c + 1] = x[c] + (valueCol[c] ? valueWidth : labelWidth);
        // row heights: the lines of the widest-wrapping label that starts in the row and spans it alone
        int rows = t.rows().size();
        float[] h = new float[rows];
        for (int r = 0; r < rows; r++) h[r] = CELL_LINE + 4;
        for (Map.Entry<Long, Cell> e : at.entrySet()) {
            Cell cell = e.getValue();
            if (cell.value() || cell.rowspan() > 1) continue;
            int r = (int) (e.getKey() >>> 32), c = (int) (e.getKey() & 0xFFFFFFFFL);
            float width = x[Math.min(cols, c + cell.colspan())] - x[c];
            int lines = wrap(cell.text(), Math.max(1, (int) (width / SMALL) - 1)).size();
            h[r] = Math.max(h[r], lines * CELL_LINE + 4);
        }
        float[] y = new float[rows + 1];
        y[0] = top;
        for (int r = 0; r < rows; r++) y[r + 1] = y[r] - h[r];
        for (Map.Entry<Long, Cell> e : at.entrySet()) {
            Cell cell = e.getValue();
            int r = (int) (e.getKey() >>> 32), c = (int) (e.getKey() & 0xFFFFFFFFL);
            float cellTop = y[r], cellBottom = y[Math.min(rows, r + cell.rowspan())];
            float left = x[c], width = x[Math.min(cols, c + cell.colspan())] - left;
            if (cell.value()) {
                // on the row's middle, a little below the label's first line
                out.add(new Text(cell.text(), left + 2, (cellTop + cellBottom) / 2 - SMALL / 2, SMALL, false));
                continue;
            }
            List<String> lines;
            if (cell.rowspan() > 5 && cell.colspan() == 1) {
                lines = new ArrayList<>();
                for (char ch : cell.text().toCharArray()) lines.add(String.valueOf(ch));
            } else {
                lines = wrap(cell.text(), Math.max(1, (int) (width / SMALL) - 1));
            }
            float block = lines.size() * CELL_LINE;
            float ly = cell.rowspan() > 1 ? (cellTop + cellBottom) / 2 + block / 2 - CELL_LINE : cellTop - CELL_LINE;
            for (String l : lines) {
                out.add(new Text(l, left + 2, ly, SMALL, true));
                ly -= CELL_LINE;
            }
        }
        return y[rows];
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | (c & 0xFFFFFFFFL);
    }

    /** Lines of at most n characters. */
    static List<String> wrap(String s, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i += n) out.add(s.substring(i, Math.min(s.length(), i + n)));
        if (out.isEmpty()) out.add("");
        return out;
    }
}

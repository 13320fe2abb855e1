package org.ogilens.generate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ogilens.generate.Doc.Block;
import org.ogilens.generate.Doc.Cell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a {@link Doc} in one of the input forms that scraping produces: text with the tables flattened one cell
 * per line, as tab or space separated rows, as markdown pipes, or the whole body on one line; HTML with
 * rowspan/colspan; Word .docx. Text comes in UTF-8 (with or without a BOM) or GBK.
 */
final class ReportWriter {
    enum Form {
        TXT_CELL_PER_LINE("txt"), TXT_TABS("txt"), TXT_SPACES("txt"), TXT_MARKDOWN("md"), TXT_SINGLE_LINE("txt"),
        TXT_CRAWL("txt"), HTML("html"), DOCX("docx"), PDF("pdf");

        final String extension;

        Form(String extension) { this.extension = extension; }
    }

    private ReportWriter() {}

    static Form pickForm(Random r) {
        double x = r.nextDouble();
        Form f = x < 0.20 ? Form.TXT_CELL_PER_LINE : x < 0.32 ? Form.TXT_TABS : x < 0.42 ? Form.TXT_SPACES
                : x < 0.48 ? Form.TXT_MARKDOWN : x < 0.54 ? Form.TXT_SINGLE_LINE : x < 0.70 ? Form.TXT_CRAWL
                : x < 0.88 ? Form.HTML : x < 0.94 ? Form.DOCX : Form.PDF;
        // PDFs need a CJK font to embed (Debian's fonts-wqy-microhei); without one, the page is HTML
        return f == Form.PDF && !PdfReportWriter.available() ? Form.HTML : f;
    }

    static Charset pickCharset(Random r) {
        return r.nextDouble() < 0.2 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    }

    /** The file's bytes, with the charset (text and HTML) chosen by the caller. */
    static byte[] write(Doc doc, Form form, Charset charset, Random r) {
        return switch (form) {
            case HTML -> html(doc, charset).getBytes(charset);
            case DOCX -> docx(doc);
            case PDF -> PdfReportWriter.write(doc, r);
            case TXT_CRAWL -> crawl(doc, r).getBytes(charset);
            default -> {
                byte[] body = text(doc, form, r).getBytes(charset);
                if (charset.equals(StandardCharsets.UTF_8) && r.nextDouble() < 0.15) {
                    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                    byte[] b = new byte[body.length + 3];
                    System.arraycopy(bom, 0, b, 0, 3);
                    System.arraycopy(body, 0, b, 3, body.length);
                    yield b;
                }
                yield body;
            }
        };
    }

    // ---------------------------------------------------------------- text

    static String text(Doc doc, Form form, Random r) {
        List<String> lines = new ArrayList<>();
        int page = 1;
        for (Block b : doc.blocks) {
            if (b instanceof Doc.Para p) {
                lines.add(form == Form.TXT_SINGLE_LINE ? p.text() : "  " + p.text());
            } else if (b instanceof Doc.Furniture f) {
                lines.add(f.text());
            } else if (b instanceof Doc.Image i) {
                lines.add(i.fileName());
            } else if (b instanceof Doc.Table t) {
                {
                    int damaged = t.name().equals("requests") && r.nextDouble() < 0.08 ? 3 + r.nextInt(t.rows().size() - 3) : -1;
                    for (int ri = 0; ri < t.rows().size(); ri++) {
                        List<String> cells = new ArrayList<>();
                        for (Cell c : t.rows().get(ri)) cells.add(c.text());
                        if (ri == damaged) damage(cells, form, r);
                        switch (form) {
                            case TXT_CELL_PER_LINE -> lines.addAll(cells);
                            case TXT_TABS -> lines.add(String.join("\t", cells));
                            case TXT_SPACES -> {
                                lines.add(String.join(r.nextBoolean() ? " " : "   ", cells));
                                // a PDF page break inside the table: the page number line between rows
                                if (r.nextDouble() < 0.03) lines.add("- " + (++page) + " -");
                            }
                            case TXT_MARKDOWN -> lines.add("| " + String.join(" | ", cells) + " |");
                            default -> lines.add(String.join(" ", cells));
                        }
                    }
                }
            }
        }
        if (form == Form.TXT_SINGLE_LINE) {
            // navigation stays on its own line; the body (from the title on) is one line, as some scrapers leave it
            StringBuilder b = new StringBuilder();
            boolean body = false;
            for (String l : lines) {
                if (!body && l.equals(doc.title)) body = true;
                if (body) b.append(l).append(' ');
                else b.append(l).append('\n');
            }
            return b.toString().trim() + "\n";
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * Scraping damage to one row: a number broken by a stray space (or line break), or two neighbouring
     * numbers run together with no separator. The truth is unchanged: the cells are what the table means.
     */
    private static void damage(List<String> cells, Form form, Random r) {
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) if (cells.get(i).matches("\\d+")) numeric.add(i);
        if (numeric.isEmpty()) return;
        if (r.nextBoolean()) {
            for (int i : numeric) {
                String c = cells.get(i);
                if (c.length() >= 2) {
                    int k = 1 + r.nextInt(c.length() - 1);
                    cells.set(i, c.substring(0, k) + (form == Form.TXT_CELL_PER_LINE ? "\n" : " ") + c.substring(k));
                    return;
                }
            }
        } else if (form != Form.TXT_TABS && form != Form.TXT_MARKDOWN) {
            for (int j = 0; j + 1 < numeric.size(); j++) {
                int a = numeric.get(j), b = numeric.get(j + 1);
                if (b == a + 1) {
                    cells.set(a, cells.get(a) + cells.get(b));
                    cells.remove(b);
                    return;
                }
            }
        }
    }

    // ---------------------------------------------------------------- a site crawl's page text

    /**
     * The page as a site crawl saves it: header lines (标题: 发布时间: 发布机构: …), then the whole body on one line,
     * opening with the breadcrumb and the page's buttons, with the tables' markup stripped: each row's label and
     * cells run together, cells glued with no separator wherever the digits still split one way only under the
     * table's own rule (and spaced where they would not), the next row's enumerator glued to the last cell.
     */
    static String crawl(Doc doc, Random r) {
        String date = doc.published == null ? "" : doc.published + " " + String.format("%02d:%02d", r.nextInt(24), r.nextInt(60));
        StringBuilder b = new StringBuilder();
        b.append("标题: ").append(doc.title).append('\n');
        b.append("发布时间: ").append(date).append('\n');
        b.append("文号: \n");
        b.append("发布机构: ").append(r.nextDouble() < 0.6 && doc.publisher != null ? doc.publisher : "").append('\n');
        b.append("栏目: 政府信息公开年报\n");
        b.append("原文链接: https://www.example.gov.cn/zwgk/zfxxgknb/").append(doc.published == null ? "" : doc.published.toString().replace("-", ""))
                .append("/t").append(100000 + r.nextInt(900000)).append(".htm\n");
        b.append("页面链接与图片详见 links.tsv(同目录)\n");
        b.append("==================== 正文 ====================\n");
        b.append("当前位置： 首页政务公开政府信息公开").append(doc.publisher == null ? "" : doc.publisher).append("政府信息公开年报 ")
                .append(doc.title).append(" 来源：").append(doc.publisher == null ? "" : doc.publisher).append(" 时间：").append(date)
                .append(" --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： ");
        for (Block bl : doc.blocks) {
            if (bl instanceof Doc.Para p) {
                if (!p.text().equals(doc.title)) b.append(p.text()).append(' ');
            } else if (bl instanceof Doc.Image i) {
                b.append(i.fileName()).append(' ');
            } else if (bl instanceof Doc.Table t) {
                for (List<Cell> row : t.rows()) {
                    List<Cell> values = new ArrayList<>();
                    for (Cell c : row) if (c.value()) values.add(c);
                    boolean glue = Glue.splitsOneWay(t.name(), t.rows().get(0), values);
                    for (Cell c : row) {
                        if (c.value()) b.append(glue ? "" : " ").append(c.text());
                        else b.append(c.text());
                    }
                }
                b.append(' ');
            }
        }
        b.append("附件下载\n");
        return b.toString();
    }

    // ---------------------------------------------------------------- HTML

    static String html(Doc doc, Charset charset) {
        StringBuilder b = new StringBuilder();
        String cs = charset.name().equals("GBK") ? "gb2312" : "utf-8";
        b.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=").append(cs)
                .append("\"><title>").append(esc(doc.title)).append("</title>\n<script>var _hmt = _hmt || [];</script>\n")
                .append("<style>td{border:1px solid #000}</style></head>\n<body>\n<div class=\"nav\">");
        boolean titleDone = false;
        for (Block bl : doc.blocks) {
            if (bl instanceof Doc.Furniture f) {
                b.append("<div class=\"meta\">").append(esc(f.text())).append("</div>\n");
            } else if (bl instanceof Doc.Para p) {
                {
                    if (!titleDone && p.text().equals(doc.title)) {
                        b.append("</div>\n<h1>").append(esc(p.text())).append("</h1>\n<div class=\"content\">\n");
                        titleDone = true;
                    } else {
                        b.append("<p>").append(esc(p.text())).append("</p>\n");
                    }
                }
            } else if (bl instanceof Doc.Image i) {
                b.append("<p><img src=\"/uploads/").append(esc(i.fileName())).append("\" alt=\"").append(esc(i.fileName())).append("\"></p>\n");
            } else if (bl instanceof Doc.Table t) {
                {
                    b.append("<table border=\"1\" cellspacing=\"0\">\n");
                    for (List<Cell> row : t.rows()) {
                        b.append("<tr>");
                        for (Cell c : row) {
                            b.append("<td");
                            if (c.rowspan() > 1) b.append(" rowspan=\"").append(c.rowspan()).append('"');
                            if (c.colspan() > 1) b.append(" colspan=\"").append(c.colspan()).append('"');
                            b.append("><p>").append(esc(c.text())).append("</p></td>");
                        }
                        b.append("</tr>\n");
                    }
                    b.append("</table>\n");
                }
            }
        }
        b.append("</div>\n</body></html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------- Word

    static byte[] docx(Doc doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block bl : doc.blocks) {
                if (bl instanceof Doc.Para p) {
                    d.createParagraph().createRun().setText(p.text());
                } else if (bl instanceof Doc.Furniture f) {
                    d.createParagraph().createRun().setText(f.text());
                } else if (bl instanceof Doc.Image i) {
                    d.createParagraph().createRun().setText(i.fileName());
                } else if (bl instanceof Doc.Table t) {
                    {
                        // Word keeps merged cells as cells of their first row; one Word cell per cell that starts there
                        XWPFTable table = d.createTable();
                        boolean first = true;
                        for (List<Cell> row : t.rows()) {
                            XWPFTableRow tr = first ? table.getRow(0) : table.createRow();
                            for (int c = 0; c < row.size(); c++) {
                                if (first && c == 0) tr.getCell(0).setText(row.get(c).text());
                                else if (c < tr.getTableCells().size()) tr.getCell(c).setText(row.get(c).text());
                                else tr.addNewTableCell().setText(row.get(c).text());
                            }
                            // createRow copies the first row's cell count: drop the cells this row does not have
                            while (tr.getTableCells().size() > row.size()) tr.removeCell(tr.getTableCells().size() - 1);
                            first = false;
                        }
                    }
                }
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ogilens.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The visible text of an HTML page. Scripts, styles, forms' controls and navigation are dropped. Block
 * elements end lines. A table becomes one line per row with its cells separated by tabs, laid out on the
 * grid that rowspan and colspan define (a spanned position is an empty cell, never a repeated value). An
 * image is kept as its file name on a line of its own, because an image where a table should be is evidence.
 */
public final class HtmlTextExtractor {
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "nav", "iframe",
            "select", "option", "button", "input", "textarea", "svg", "canvas", "object", "embed", "head");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "address",
            "header", "footer", "aside", "form", "fieldset", "figure", "figcaption", "hr", "title", "caption", "body");
    /** Guard against pathological nesting: deeper content is flattened to its text. */
    private static final int MAX_DEPTH = 200;

    private HtmlTextExtractor() {}

    /** Page metadata that CMS pages carry in {@code <meta name=…>}, written as the header lines a crawl writes. */
    private static final String[][] META_LINES = {
            {"标题", "articletitle", "title", "dc.title"},
            {"发布时间", "pubdate", "publishdate", "publish_date", "publishtime", "releasedate", "firstpublishedtime", "dc.date"},
            {"发布机构", "contentsource", "source", "dc.publisher"},
            {"站点", "sitename"},
    };

    public static String extract(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 3);
        for (String[] line : META_LINES) {
            for (int i = 1; i < line.length; i++) {
                String v = meta(doc, line[i]);
                if (v != null) {
                    out.append(line[0]).append(": ").append(v).append('\n');
                    break;
                }
            }
        }
        Element title = doc.selectFirst("head > title");
        if (title != null && !title.text().isBlank()) out.append(title.text().trim()).append("\n\n");
        walk(doc.body() == null ? doc : doc.body(), out, 0);
        return out.toString();
    }

    /** The content of {@code <meta name=…>} (any case), or null when absent or blank. */
    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[name]")) {
            if (m.attr("name").equalsIgnoreCase(name)) {
                String v = m.attr("content").replaceAll("\\s+", " ").trim();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static void walk(Node node, StringBuilder out, int depth) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
            return;
        }
        if (!(node instanceof Element el)) return;
        String tag = el.normalName();
        if (DROP.contains(tag)) return;
        if (depth > MAX_DEPTH) {
            out.append(el.text());
            return;
        }
        switch (tag) {
            case "br" -> { out.append('\n'); return; }
            case "img" -> {
                String src = el.attr("src");
                String name = src.substring(src.lastIndexOf('/') + 1);
                if (!name.isBlank()) newline(out).append(name).append('\n');
                return;
            }
            case "table" -> { table(el, out, depth); return; }
            default -> { }
        }
        boolean block = BLOCK.contains(tag);
        if (block) newline(out);
        for (Node child : el.childNodes()) walk(child, out, depth + 1);
        if (block) newline(out);
    }

    private static StringBuilder newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
        return out;
    }

    /** Lays the rows of a table on a grid and writes them tab-separated, one line per row. */
    static void table(Element table, StringBuilder out, int depth) {
        List<Element> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            // Only rows of this table, not of tables nested in its cells.
            if (tr.closest("table") == table) rows.add(tr);
        }
        Map<Long, Boolean> occupied = new HashMap<>();
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = new ArrayList<>();
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) continue;
                while (occupied.containsKey(key(r, c))) {
                    set(line, c, "");
                    c++;
                }
                int colspan = clamp(cell.attr("colspan"));
                int rowspan = clamp(cell.attr("rowspan"));
                StringBuilder text = new StringBuilder();
                for (Node child : cell.childNodes()) walk(child, text, depth + 1);
                String cellText = text.toString().replaceAll("[\\s\\u00A0\\u3000]+", " ").trim();
                set(line, c, cellText);
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        occupied.put(key(r + dr, c + dc), Boolean.TRUE);
                        if (dr == 0 && dc > 0) set(line, c + dc, "");
                    }
                }
                c += colspan;
            }
            while (occupied.containsKey(key(r, c))) { set(line, c, ""); c++; }
            grid.add(line);
        }
        newline(out);
        for (List<String> line : grid) {
            if (line.stream().allMatch(String::isEmpty)) continue;
            out.append(String.join("\t", line)).append('\n');
        }
    }

    private static void set(List<String> line, int c, String v) {
        while (line.size() <= c) line.add("");
        if (line.get(c).isEmpty()) line.set(c, v);
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | (c & 0xFFFFFFFFL);
    }

    private static int clamp(String span) {
        try {
            int v = Integer.parseInt(span.trim());
            return Math.max(1, Math.min(v, 64));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

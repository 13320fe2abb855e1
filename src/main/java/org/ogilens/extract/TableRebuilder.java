package org.ogilens.extract;

import org.ogilens.clean.Strings;
import org.ogilens.extract.Cells.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the standard tables (std_2019, std_2021) from cleaned text, whatever the flattening: HTML rows
 * (tab-separated), PDF rows, one cell per line, space separated. Rows are anchored on their labels in the
 * fixed row order, cells on the fixed column order; whitespace only separates tokens.
 */
public final class TableRebuilder {
    private static final Pattern ENUMERATOR = Pattern.compile(
            "(?:[(][一二三四五六七八九十\\d]{1,2}[)]|[一二三四五六七八九十]{1,2}、|\\d{1,2}[.、])\\s*$");
    /** The next numbered part after a table: 四、 五、 六、 at the start of a line. */
    private static final Pattern NEXT_PART = Pattern.compile("\\n\\s*[四五六][、.]");
    /** The part after the reconsideration/litigation table: 五、 or (五). */
    private static final Pattern AFTER_REVIEW = Pattern.compile("\\n\\s*(?:[五六][、.]|[(]?[五六][)])");
    private static final Pattern REVIEW_HEADER = Pattern.compile("行政复议[^\\n]{0,20}行政诉讼|复议后起诉");
    private static final Pattern IMAGE = Pattern.compile("\\.(?:png|jpe?g|gif|bmp)\\b", Pattern.CASE_INSENSITIVE);

    /** A row of a table: its metric keys in column order (or a grid row key), and label keywords. */
    record Row(String key, String[] keywords, String[] columns) {}

    private static Row row(String key, String keywords, String... columns) {
        return new Row(key, keywords.split("\\|"), columns);
    }

    /** Rows of the requests table in order; columns = the seven applicant columns. */
    private static final List<Row> REQUEST_ROWS = List.of(
            row("requests_new", "本年新收"),
            row("requests_carried_over", "上年结转"),
            row("outcome_disclosed", "予以公开"),
            row("outcome_partial", "部分公开"),
            row("withheld_state_secret", "国家秘密"),
            row("withheld_law_prohibited", "法律行政法规|禁止公开|行政止公开|法规禁止"),
            row("withheld_three_safety", "三安全一稳定|三安全"),
            row("withheld_third_party", "第三方合法权益|第三方"),
            row("withheld_internal_affairs", "内部事务"),
            row("withheld_process_info", "过程性"),
            row("withheld_enforcement_file", "执法案卷"),
            row("withheld_query_matter", "行政查询|查询事项"),
            row("unavailable_not_held", "不掌握"),
            row("unavailable_needs_creation", "另行制作|现成信息"),
            row("unavailable_unclear", "仍不明确|不明确"),
            row("not_processed_petition", "信访举报投诉|信访"),
            row("not_processed_repeat", "重复申请"),
            row("not_processed_publication", "公开出版物|出版物"),
            row("not_processed_mass", "大量反复"),
            row("not_processed_confirmation", "确认或重新出具|重新出具"),
            row("outcome_other", "其他处理"),
            row("other_overdue_correction", "逾期不补正|不补正"),
            row("other_overdue_fee", "收费通知|缴纳费用"),
            row("other_misc", "3.其他|3、其他"),
            row("outcome_total", "总计"),
            row("requests_carried_forward", "结转下年度|下年度继续办理|结转下年"));

    private static final List<Row> ARTICLE20_2021 = List.of(
            row("rules", "规章", "rules_issued", "rules_repealed", "rules_in_force"),
            row("normative", "规范性文件", "normative_issued", "normative_repealed", "normative_in_force"),
            row("licensing", "行政许可", "licensing_decisions"),
            row("penalty", "行政处罚", "penalty_decisions"),
            row("coercion", "行政强制", "coercion_decisions"),
            row("admin_fees", "行政事业性收费", "admin_fees_10k_yuan"));

    private static final List<Row> ARTICLE20_2019 = List.of(
            row("rules", "规章", "rules_made", "rules_published", "rules_public_total"),
            row("normative", "规范性文件", "normative_made", "normative_published", "normative_public_total"),
            row("licensing", "行政许可", "licensing_items_prev", "licensing_items_change", "licensing_decisions"),
            row("other_services", "其他对外管理服务事项|对外管理服务", "other_services_items_prev", "other_services_items_change",
                    "other_services_decisions"),
            row("penalty", "行政处罚", "penalty_items_prev", "penalty_items_change", "penalty_decisions"),
            row("coercion", "行政强制", "coercion_items_prev", "coercion_items_change", "coercion_decisions"),
            row("admin_fees", "行政事业性收费", "admin_fees_items_prev", "admin_fees_items_change"),
            row("procurement", "政府集中采购|集中采购", "procurement_items", "procurement_amount_10k_yuan"));

    private static final String[] REVIEW_KEYS;

    static {
        List<String> k = new ArrayList<>();
        for (String g : new String[]{"review", "litigation_direct", "litigation_after_review"}) {
            for (String r : new String[]{"upheld", "corrected", "other", "pending", "total"}) k.add(g + "_" + r);
        }
        REVIEW_KEYS = k.toArray(new String[0]);
    }

    private TableRebuilder() {}

    /** Fills the table figures of a std_2019 / std_2021 report into {@code out}. */
    public static void rebuild(String text, String format, Extraction out) {
        CompactView cv = new CompactView(text);
        boolean requests = requestsTable(text, cv, out);
        boolean article20 = article20(text, cv, format, out);
        boolean review = reviewTable(text, cv, out);
        if (!requests && !article20 && !review) {
            out.warn(hasImages(text) ? "table_image_only" : "table_missing");
        } else if (!requests || !review) {
            // one table present, another absent: images stand in for it, or the page lost it
            if (hasImages(text) && !requests) out.warn("table_image_only");
        }
    }

    static boolean hasImages(String text) {
        return IMAGE.matcher(text).find();
    }

    // ---------------------------------------------------------------- requests table

    /** Tries each occurrence of 本年新收 as the table start; keeps the reading with the most complete rows. */
    private static boolean requestsTable(String text, CompactView cv, Extraction out) {
        List<RowResult> best = null;
        int bestScore = 0;
        int from = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            int start = cv.compact.indexOf("本年新收", from);
            if (start < 0) break;
            List<RowResult> rows = readRows(text, cv, start, REQUEST_ROWS, 7);
            int score = (int) rows.stream().filter(r -> r.cells != null).count();
            if (score > bestScore) {
                bestScore = score;
                best = rows;
            }
            from = start + 4;
        }
        if (best == null || bestScore < 3) return false;
        boolean sawOtherSubRows = best.stream().anyMatch(r -> r.cells != null && r.row.key().startsWith("other_"));
        int missing = 0;
        for (RowResult r : best) {
            String key = r.row.key();
            if (r.cells == null) {
                // (六)其他处理 is a header when its three sub-rows carry the figures (std_2021)
                if (!(key.equals("outcome_other") && sawOtherSubRows) && !(key.startsWith("other_") && !sawOtherSubRows)) {
                    if (r.found) out.warn("table_cells_unparsed");
                    else missing++;
                }
                continue;
            }
            for (int c = 0; c < 7; c++) {
                Cell cell = r.cells.get(c);
                out.grid().add(new GridCell(key, Metrics.APPLICANTS.get(c), cell.value(), cell.offset()));
            }
            Cell total = r.cells.get(6);
            String evidence = snippet(text, r.labelOffset, r.cells.get(6).offset() + total.text().length());
            if (r.repaired) evidence = evidence + " [cells repaired by the row identity]";
            out.put(new MetricValue(key, total.value(), MetricValue.TABLE, r.labelOffset, evidence));
            if (key.equals("requests_new")) {
                String[] applicantKeys = {"requests_new_natural", "requests_new_commercial", "requests_new_research",
                        "requests_new_public_interest", "requests_new_legal_service", "requests_new_other_org"};
                for (int c = 0; c < 6; c++) {
                    out.put(new MetricValue(applicantKeys[c], r.cells.get(c).value(), MetricValue.TABLE,
                            r.cells.get(c).offset(), evidence));
                }
            }
        }
        if (missing > 0) out.warn("table_truncated");
        // group totals: the sum of their reasons, when every reason is there (其他处理: only when split in three)
        for (String[] g : Metrics.OUTCOME_GROUPS) {
            if (!g[0].equals("outcome_other") || sawOtherSubRows) derive(out, g);
        }
        return true;
    }

    private static void derive(Extraction out, String[] group) {
        if (out.has(group[0])) return;
        double sum = 0;
        int offset = Integer.MAX_VALUE;
        for (int i = 1; i < group.length; i++) {
            MetricValue v = out.values().get(group[i]);
            if (v == null) return;
            sum += v.value();
            offset = Math.min(offset, v.offset());
        }
        out.put(new MetricValue(group[0], sum, MetricValue.DERIVED, offset,
                "sum of " + String.join(" + ", java.util.Arrays.copyOfRange(group, 1, group.length))));
    }

    private static final class RowResult {
        final Row row;
        boolean found;
        int labelOffset = -1;
        List<Cell> cells;
        boolean repaired;

        RowResult(Row row) { this.row = row; }
    }

    /**
     * Finds each row's label in order from compact position {@code start}, and reads the cells between it and
     * the next label found. Rows whose label is missing stay empty; the search goes on from the last label.
     */
    private static List<RowResult> readRows(String text, CompactView cv, int start, List<Row> rows, int expected) {
        List<RowResult> results = new ArrayList<>();
        int cursor = start;
        int[][] spans = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            RowResult rr = new RowResult(rows.get(i));
            results.add(rr);
            int[] m = findLabel(cv, rows.get(i).keywords(), cursor, i == 0 ? 8 : 400);
            if (m == null) continue;
            rr.found = true;
            spans[i] = m;
            cursor = m[1];
        }
        // cells lie between a label's end and the start of the next found label
        int sectionEnd = sectionEnd(text, cv, cursor);
        for (int i = 0; i < rows.size(); i++) {
            if (spans[i] == null) continue;
            int labelEnd = cv.clean(spans[i][1] - 1) + 1;
            int next = sectionEnd;
            for (int j = i + 1; j < rows.size(); j++) {
                if (spans[j] != null) {
                    next = labelStart(text, cv.clean(spans[j][0]));
                    break;
                }
            }
            RowResult rr = results.get(i);
            rr.labelOffset = labelStart(text, cv.clean(spans[i][0]));
            List<Cell> cells = next == sectionEnd ? Cells.readRun(text, labelEnd, next) : Cells.read(text, labelEnd, next);
            int want = rows.get(i).columns().length == 0 ? expected : rows.get(i).columns().length;
            if (cells.size() == want) {
                rr.cells = cells;
            } else if (!cells.isEmpty()) {
                List<Cell> tabbed = Cells.fromTabs(text, rr.labelOffset, next, want);
                if (tabbed != null) {
                    rr.cells = tabbed;
                } else if (want == 7) {
                    List<Cell> fixed = Cells.repair(cells, want);
                    if (fixed != null) {
                        rr.cells = fixed;
                        rr.repaired = true;
                    }
                }
            }
        }
        return results;
    }

    /** Where the table's last row ends: the next numbered part heading (四、 / 五、 …) after the last label's line. */
    private static int sectionEnd(String text, CompactView cv, int compactFrom) {
        int from = cv.clean(Math.min(compactFrom, cv.compact.length()));
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0) return text.length();
        Matcher m = NEXT_PART.matcher(text);
        return m.find(lineEnd) ? m.start() : text.length();
    }

    /** First label keyword at or after compact position {@code from} within {@code window} chars: [start, end). */
    static int[] findLabel(CompactView cv, String[] keywords, int from, int window) {
        int best = -1, bestEnd = -1;
        for (String k : keywords) {
            int i = cv.compact.indexOf(k, from);
            if (i >= 0 && i - from <= window && (best < 0 || i < best)) {
                best = i;
                bestEnd = i + k.length();
            }
        }
        return best < 0 ? null : new int[]{best, bestEnd};
    }

    /** Backs a label's start over its enumerator ("2.", "(三)", "四、") so that it is not read as a cell. */
    static int labelStart(String text, int keywordOffset) {
        int from = Math.max(0, keywordOffset - 8);
        String before = text.substring(from, keywordOffset);
        Matcher m = ENUMERATOR.matcher(before);
        return m.find() ? from + m.start() : keywordOffset;
    }

    // ---------------------------------------------------------------- table 1 (article 20)

    private static boolean article20(String text, CompactView cv, String format, Extraction out) {
        int anchor = cv.compact.indexOf("第二十条");
        if (anchor < 0) anchor = Strings.indexOfAny(cv.compact, "本年制发件数", "本年新制作数量", "信息内容");
        if (anchor < 0) return false;
        int end = cv.compact.indexOf("本年新收", anchor);
        if (end < 0) end = cv.compact.length();
        List<Row> rows = "std_2021".equals(format) ? ARTICLE20_2021 : ARTICLE20_2019;
        // 2019 headers name 本年新制作数量 etc.; a 2021 header can only be read with the 2021 rows
        if (cv.compact.indexOf("本年制发件数", anchor) >= 0 && cv.compact.indexOf("本年制发件数", anchor) < end) rows = ARTICLE20_2021;
        else if (cv.compact.indexOf("本年新制作数量", anchor) >= 0 && cv.compact.indexOf("本年新制作数量", anchor) < end) rows = ARTICLE20_2019;
        int found = 0;
        int cursor = anchor;
        List<int[]> spans = new ArrayList<>();
        for (Row r : rows) {
            int[] m = findLabel(cv, r.keywords(), cursor, 300);
            if (m != null && m[0] >= end) m = null;
            spans.add(m);
            if (m != null) cursor = m[1];
        }
        int endClean = cv.clean(Math.min(end, cv.compact.length()));
        for (int i = 0; i < rows.size(); i++) {
            int[] m = spans.get(i);
            if (m == null) continue;
            int labelEnd = cv.clean(m[1] - 1) + 1;
            int next = endClean;
            boolean last = true;
            for (int j = i + 1; j < rows.size(); j++) {
                if (spans.get(j) != null) { next = labelStart(text, cv.clean(spans.get(j)[0])); last = false; break; }
            }
            // headings between rows (第二十条第(五)项, 信息内容, column names) hold no Arabic digits
            List<Cell> cells = last ? Cells.readRun(text, labelEnd, next) : Cells.read(text, labelEnd, next);
            String[] cols = rows.get(i).columns();
            if (cells.size() != cols.length) {
                List<Cell> tabbed = Cells.fromTabs(text, cv.clean(m[0]), next, cols.length);
                if (tabbed == null) {
                    if (!cells.isEmpty()) out.warn("table_cells_unparsed");
                    continue;
                }
                cells = tabbed;
            }
            found++;
            int labelOffset = labelStart(text, cv.clean(m[0]));
            String ev = snippet(text, labelOffset, cells.get(cells.size() - 1).offset() + cells.get(cells.size() - 1).text().length());
            for (int c = 0; c < cols.length; c++) {
                out.put(new MetricValue(cols[c], cells.get(c).value(), MetricValue.TABLE, cells.get(c).offset(), ev));
            }
        }
        return found > 0;
    }

    // ---------------------------------------------------------------- reconsideration and litigation table

    /**
     * Fifteen numbers under the three-level header (行政复议 | 行政诉讼: 未经复议直接起诉, 复议后起诉; each
     * 维持 纠正 其他 尚未审结 总计). Fewer than fifteen is a truncated table: nothing is assigned, because which
     * cells are missing cannot be known.
     */
    private static boolean reviewTable(String text, CompactView cv, Extraction out) {
        int head = -1;
        Matcher hm = REVIEW_HEADER.matcher(cv.compact);
        // the header: the first place after the requests table where 复议后起诉 appears
        int afterRequests = Math.max(0, cv.compact.indexOf("本年新收"));
        while (hm.find()) {
            if (hm.start() >= afterRequests && cv.compact.indexOf("复议后起诉", hm.start()) >= 0) {
                head = cv.compact.indexOf("复议后起诉", hm.start());
                break;
            }
        }
        if (head < 0) return false;
        int from = cv.clean(head);
        Matcher next = AFTER_REVIEW.matcher(text);
        int to = next.find(from) ? next.start() : text.length();
        // the longest run of cells after the header
        List<List<Cell>> runs = new ArrayList<>();
        runs.add(new ArrayList<>());
        Cells.tokens(text, from, to, (tok, s) -> {
            Cell c = Cells.parse(tok, s);
            if (c != null) runs.get(runs.size() - 1).add(c);
            else if (!runs.get(runs.size() - 1).isEmpty()) runs.add(new ArrayList<>());
            return true;
        });
        List<Cell> best = new ArrayList<>();
        for (List<Cell> run : runs) if (run.size() > best.size()) best = run;
        if (best.isEmpty()) return false;
        if (best.size() != 15) {
            out.warn("table_truncated");
            out.note("review/litigation table: " + best.size() + " of 15 numbers printed; none assigned");
            return true;
        }
        String ev = snippet(text, best.get(0).offset(), best.get(14).offset() + best.get(14).text().length());
        for (int k = 0; k < 15; k++) {
            out.put(new MetricValue(REVIEW_KEYS[k], best.get(k).value(), MetricValue.TABLE, best.get(k).offset(), ev));
        }
        return true;
    }

    static String snippet(String text, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(text.length(), Math.max(from, to));
        if (to - from > 160) to = from + 160;
        return text.substring(from, to).replaceAll("\\s+", " ").trim();
    }
}

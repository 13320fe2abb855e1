package org.ogilens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The statistics table of early free-text reports (政府信息公开情况统计表, 2008–2012): one row per indicator
 * with its unit, this year's figure and the cumulative one. The two figures run together on the row; which is
 * the year's is read from the header (本年数 | 累计数, in either order). A row that prints one figure where the
 * header has two columns cannot say which it is: null and a {@code table_column_ambiguous} warning.
 */
final class StatisticsTable {
    private static final Pattern UNIT = Pattern.compile("件|条|人|个|次|人次|项|万元|元|件次");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern BLANK = Pattern.compile("/|-|—|–|——|无");

    private record Row(String key, String[] keywords) {}

    private static Row row(String key, String keywords) { return new Row(key, keywords.split("\\|")); }

    /** Indicators of the national template that map to METRICS.md keys, in template order. */
    private static final List<Row> ROWS = List.of(
            row("proactive_total", "主动公开政府信息数|主动公开信息数|主动公开政府信息条数"),
            row("requests_new", "收到申请数|受理申请数|收到申请总数|受理申请总数"),
            row("requests_in_person", "当面申请数|现场申请数"),
            row("requests_fax", "传真申请数"),
            row("requests_online", "网络申请数|网上申请数"),
            row("requests_email", "电子邮件申请数"),
            row("requests_letter", "信函申请数"),
            row("outcome_disclosed", "同意公开答复数|同意公开数"),
            row("outcome_partial", "同意部分公开答复数|部分公开答复数|同意部分公开数"),
            row("outcome_withheld", "不同意公开答复数|不予公开答复数|不同意公开数|不予公开数"),
            row("review_total", "行政复议数量|行政复议数|行政复议案件数"),
            row("litigation_total", "行政诉讼数量|行政诉讼数|行政诉讼案件数"),
            row("complaints_total", "举报投诉数量|举报投诉数|申诉数量|申诉案件数"),
            row("fees_collected_yuan", "依申请公开信息收取的费用|收取的费用|收取费用"),
            row("staff_total", "从事政府信息公开工作人员数|工作人员数"),
            row("staff_full_time", "专职人员数"),
            row("staff_part_time", "兼职人员数"),
            row("spending_yuan", "政府信息公开专项经费|专项经费|工作经费"));

    private StatisticsTable() {}

    /** Puts the year's figures of the statistics table, when the report has one, into {@code out}. */
    static void extract(String text, Extraction out) {
        CompactView cv = new CompactView(text);
        int head = indexOfEither(cv.compact, "统计指标", "统计表", 0);
        if (head < 0) return;
        int annual = indexOfEither(cv.compact, "本年", "本年度", head);
        int cumulative = cv.compact.indexOf("累计", head);
        if (annual < 0 || cumulative < 0 || Math.abs(annual - cumulative) > 60 || annual - head > 200 || cumulative - head > 200) return;
        boolean annualFirst = annual < cumulative;
        int cursor = Math.max(annual, cumulative);
        for (Row r : ROWS) {
            int[] m = TableRebuilder.findLabel(cv, r.keywords(), cursor, 400);
            if (m == null) continue;
            // 同意公开答复数 inside 不同意公开答复数 is another row
            if (r.key().equals("outcome_disclosed") && m[0] > 0 && cv.compact.charAt(m[0] - 1) == '不') continue;
            cursor = m[1];
            int labelEnd = cv.clean(m[1] - 1) + 1;
            List<String> units = new ArrayList<>();
            List<Cells.Cell> cells = rowCells(text, labelEnd, units);
            if (cells.size() == 1) {
                out.warn("table_column_ambiguous");
                out.note(r.key() + ": statistics table row prints one figure under two columns (本年/累计); not taken");
                continue;
            }
            if (cells.size() != 2 || out.has(r.key())) continue;
            Cells.Cell c = annualFirst ? cells.get(0) : cells.get(1);
            double v = c.value();
            if (r.key().endsWith("_yuan") && units.contains("万元")) v = Math.round(v * 10000 * 10000.0) / 10000.0;
            int labelOffset = TableRebuilder.labelStart(text, cv.clean(m[0]));
            Cells.Cell lastCell = cells.get(1);
            out.put(new MetricValue(r.key(), v, MetricValue.TABLE, c.offset(),
                    TableRebuilder.snippet(text, labelOffset, lastCell.offset() + lastCell.text().length())
                            + " [statistics table: " + (annualFirst ? "first" : "second") + " figure is 本年]"));
        }
    }

    /** The cells right after a row label: its unit, then figures, up to the first other word. */
    private static List<Cells.Cell> rowCells(String text, int from, List<String> units) {
        List<Cells.Cell> out = new ArrayList<>();
        Cells.tokens(text, from, text.length(), (tok, s) -> {
            if (NUMBER.matcher(tok).matches()) out.add(new Cells.Cell(tok, Double.parseDouble(tok), s, false));
            else if (BLANK.matcher(tok).matches()) out.add(new Cells.Cell(tok, 0, s, true));
            else if (UNIT.matcher(tok).matches() && out.isEmpty()) units.add(tok);
            else return false;
            return out.size() < 3;
        });
        return out;
    }

    private static int indexOfEither(String s, String a, String b, int from) {
        int i = s.indexOf(a, from), j = s.indexOf(b, from);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}

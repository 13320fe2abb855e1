package org.ogilens.pipeline;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.ogilens.extract.GridCell;
import org.ogilens.extract.Metrics;
import org.ogilens.testing.RealReports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTML and Word tables are read as cells: a real report's requests table (040, whose crawl glued every row
 * together) is rebuilt as an HTML page in the layout of its site (meta tags, breadcrumb, a {@code <table>}
 * with spanned group labels) and as a .docx, from the cells the solver recovered; both read back to the same
 * figures, every cell one table cell.
 */
class TablesAsCellsTest {
    private static final DocumentProcessor P = new DocumentProcessor(20_000_000, 500);

    /** Row keys of the std_2021 requests table with their printed labels and group headers. */
    private static final String[][] ROWS = {
            {"requests_new", "", "一、本年新收政府信息公开申请数量"}, {"requests_carried_over", "", "二、上年结转政府信息公开申请数量"},
            {"outcome_disclosed", "三、本年度办理结果", "（一）予以公开"}, {"outcome_partial", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            {"withheld_state_secret", "（三）不予公开", "1.属于国家秘密"}, {"withheld_law_prohibited", "", "2.其他法律行政法规禁止公开"},
            {"withheld_three_safety", "", "3.危及“三安全一稳定”"}, {"withheld_third_party", "", "4.保护第三方合法权益"},
            {"withheld_internal_affairs", "", "5.属于三类内部事务信息"}, {"withheld_process_info", "", "6.属于四类过程性信息"},
            {"withheld_enforcement_file", "", "7.属于行政执法案卷"}, {"withheld_query_matter", "", "8.属于行政查询事项"},
            {"unavailable_not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"}, {"unavailable_needs_creation", "", "2.没有现成信息需要另行制作"},
            {"unavailable_unclear", "", "3.补正后申请内容仍不明确"}, {"not_processed_petition", "（五）不予处理", "1.信访举报投诉类申请"},
            {"not_processed_repeat", "", "2.重复申请"}, {"not_processed_publication", "", "3.要求提供公开出版物"},
            {"not_processed_mass", "", "4.无正当理由大量反复申请"}, {"not_processed_confirmation", "", "5.要求行政机关确认或重新出具已获取信息"},
            {"other_overdue_correction", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"other_overdue_fee", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            {"other_misc", "", "3.其他"}, {"outcome_total", "", "（七）总计"}, {"requests_carried_forward", "", "四、结转下年度继续办理"}};

    private static Map<String, double[]> grid(ProcessedDocument d) {
        Map<String, double[]> g = new LinkedHashMap<>();
        for (GridCell c : d.extraction().grid()) {
            g.computeIfAbsent(c.row(), k -> new double[7])[Metrics.APPLICANTS.indexOf(c.applicant())] = c.value();
        }
        return g;
    }

    private static String num(double v) {
        return String.valueOf((long) v);
    }

    @Test
    void htmlPageOfARealReportReadsAsItsCrawl() {
        ProcessedDocument crawl = RealReports.parse("040");
        Map<String, double[]> g = grid(crawl);
        assertEquals(25, g.size());
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<meta name=\"ArticleTitle\" content=\"平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告\"/>"
                + "<meta name=\"PubDate\" content=\"2023-01-19 15:19\"/><meta name=\"ContentSource\" content=\"平潭综合实验区人民政府\"/>"
                + "<title>平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告_政府信息公开年报</title></head><body>"
                + "<div class=\"breadcrumb\"><span>当前位置：</span><ul><li><a>首页</a></li><li><a>政务公开</a></li>"
                + "<li><a>平潭综合实验区管委会办公室</a></li><li><a>政府信息公开年报</a></li></ul></div>"
                + "<div class=\"article_title\">平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告</div>"
                + "<span class=\"article_source\">来源：平潭综合实验区人民政府</span><span class=\"article_time\">时间：2023-01-19 15:19</span>"
                + "<div class=\"TRS_Editor\"><p><span>本报告中所列数据的统计期限自</span><span>2022年1月1日起至2022年12月31日止。</span></p>"
                + "<p>一、总体情况</p><p><span>2022年共发布信息</span><span>2479条。</span></p>"
                + "<p>三、收到和处理政府信息公开申请情况</p><table border=\"1\">"
                + "<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
                + "<td colspan=\"7\">申请人情况</td></tr><tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
                + "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>");
        Map<String, Integer> span = Map.of("三、本年度办理结果", 22, "（三）不予公开", 8, "（四）无法提供", 3, "（五）不予处理", 5, "（六）其他处理", 3);
        for (String[] r : ROWS) {
            h.append("<tr>");
            if (!r[1].isEmpty()) {
                if (r[1].startsWith("三")) h.append("<td rowspan=\"").append(span.get(r[1])).append("\"><p><span>").append(r[1]).append("</span></p></td>");
                else h.append("<td rowspan=\"").append(span.get(r[1])).append("\">").append(r[1]).append("&nbsp;</td>");
            }
            boolean inResults = !r[0].startsWith("requests");
            boolean inGroup = r[0].matches("(withheld|unavailable|not_processed|other)_.*");
            int labelSpan = inResults ? (inGroup ? 1 : 2) : 3;
            h.append("<td colspan=\"").append(labelSpan).append("\"><p><span>").append(r[2]).append("</span></p></td>");
            for (double v : g.get(r[0])) h.append("<td><p><span style=\"font-size:14pt\">").append(num(v)).append("</span></p></td>");
            h.append("</tr>");
        }
        h.append("</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table border=\"1\"><tr><td colspan=\"5\" rowspan=\"2\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
                + "<tr><td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr><tr>");
        for (int k = 0; k < 3; k++) h.append("<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>");
        h.append("</tr><tr>");
        for (String k : new String[]{"review", "litigation_direct", "litigation_after_review"}) {
            for (String s : new String[]{"upheld", "corrected", "other", "pending", "total"}) h.append("<td>").append(num(crawl.extraction().get(k + "_" + s))).append("</td>");
        }
        h.append("</tr></table><p>五、存在的主要问题及改进情况</p><p>平潭综合实验区管委会办公室 2023年1月19日</p></div></body></html>");
        byte[] bytes = h.toString().getBytes(StandardCharsets.UTF_8);
        ProcessedDocument page = P.process("040/page.html", bytes, bytes.length);
        assertTrue(page.isReport(), page.rejectDetail());
        assertEquals("complete", page.extraction().tables().get("requests"));
        Map<String, double[]> back = grid(page);
        for (String[] r : ROWS) assertEquals(java.util.Arrays.toString(g.get(r[0])), java.util.Arrays.toString(back.get(r[0])), r[0]);
        // read as cells: no split was needed
        assertTrue(page.extraction().values().get("requests_new").snippet().indexOf("run_together_split") < 0);
        assertEquals(1.0, page.extraction().get("litigation_direct_upheld"));
        assertEquals("2023-01-19", page.identity().publishDate());
        assertEquals("350128", page.identity().region().regionCode());
        assertEquals("government", page.identity().issuerKind());
        assertEquals("2022-01-01", page.identity().periodStart());
        assertEquals(2479.0, page.extraction().get("proactive_total"));     // digits split over two <span>s
    }

    @Test
    void wordTableOfARealReportReadsAsItsCrawl() throws IOException {
        ProcessedDocument crawl = RealReports.parse("040");
        Map<String, double[]> g = grid(crawl);
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告");
            d.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            XWPFTable t = d.createTable();
            boolean first = true;
            for (String[] r : ROWS) {
                XWPFTableRow tr = first ? t.getRow(0) : t.createRow();
                List<String> cells = new ArrayList<>();
                cells.add(r[1]);
                cells.add(r[2]);
                for (double v : g.get(r[0])) cells.add(num(v));
                for (int c = 0; c < cells.size(); c++) {
                    if (c < tr.getTableCells().size()) tr.getCell(c).setText(cells.get(c));
                    else tr.addNewTableCell().setText(cells.get(c));
                }
                first = false;
            }
            d.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            d.write(out);
            docx = out.toByteArray();
        }
        ProcessedDocument doc = P.process("040.docx", docx, docx.length);
        assertTrue(doc.isReport(), doc.rejectDetail());
        Map<String, double[]> back = grid(doc);
        for (String[] r : ROWS) assertEquals(java.util.Arrays.toString(g.get(r[0])), java.util.Arrays.toString(back.get(r[0])), r[0]);
        assertEquals("complete", doc.extraction().tables().get("requests"));
    }
}

package org.ogilens.extract;

import org.junit.jupiter.api.Test;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.testing.RealReports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Free-text statistics tables and the figures sentences state, on real reports (src/test/resources/real) and on
 * sentences in the forms real reports use: derived zeros, scope, units, approximate figures, conflicts.
 */
class RealProseAndStatisticsTest {
    private static Double v(ProcessedDocument d, String key) {
        return d.extraction().get(key);
    }

    private static Extraction prose(String text, String format, String issuerKind) {
        return MetricExtractor.extract(text, format, false, 2022, issuerKind);
    }

    // ---------------------------------------------------------------- statistics tables

    @Test
    void twoColumnsRunTogetherAreSplitByTheYearFigureTheProseStates() {
        // 033: 主动公开文件数条152219 = 152 | 219 (主动公开政府信息152条); 政府网站公开数条1522192、 = 152 | 219, then "2、"
        ProcessedDocument d = RealReports.parse("033");
        assertEquals(152.0, v(d, "proactive_total"));
        assertEquals(152.0, v(d, "proactive_website"));
        assertEquals(0.0, v(d, "proactive_gazette"));
        assertEquals(0.0, v(d, "fees_collected_yuan"));      // 收费减免金额元00 (and 暂不收费)
        assertEquals(0.0, v(d, "complaints_total"));         // 接受行政诉讼、举报数件00
        assertTrue(d.extraction().values().get("proactive_total").snippet().contains("run_together_split 152|219"));
    }

    @Test
    void aCumulativeColumnBelowTheYearIsTakenWhenTheProseSaysSo() {
        // 108: 主动公开文件数条740 = 74 | 0 (我局2016年主动公开政府信息74条), not 7 | 40; the website row
        // prints the same 740, and the website cannot exceed the total in either column
        ProcessedDocument d = RealReports.parse("108");
        assertEquals(74.0, v(d, "proactive_total"));
        assertEquals(74.0, v(d, "proactive_website"));
    }

    @Test
    void columnsPrintedApartAndOneColumnTables() {
        ProcessedDocument d072 = RealReports.parse("072");        // 主动公开文件数 条 116 523
        assertEquals(116.0, v(d072, "proactive_total"));
        assertEquals(0.0, v(d072, "outcome_withheld"));
        ProcessedDocument d001 = RealReports.parse("001");        // 年末统计: one column
        assertEquals(3.0, v(d001, "proactive_website"));
        assertEquals(0.0, v(d001, "complaints_total"));            // 行政申诉数 件 0
    }

    @Test
    void theProseCumulativeFixesTheSplitAndTheYearFigureThenContradictsIt() {
        // 197: 主动公开文件数条6262027 = 626 | 2027 (历年累计…2027条), but the prose's year figure is 733
        ProcessedDocument d = RealReports.parse("197");
        assertNull(v(d, "proactive_total"));
        assertTrue(d.extraction().notes().stream().anyMatch(n -> n.contains("626") && n.contains("733")));
        assertEquals(14.0, v(d, "requests_new"));                  // 1423 = 14 | 23 (受理依申请公开14件)
    }

    // ---------------------------------------------------------------- zeros a sentence implies

    @Test
    void noRequestReceivedZeroesTheWholeGroup() {
        // 010: 未收到有关政府信息公开的申请，未收到有关政府信息公开行政复议申请 (litigation never mentioned)
        ProcessedDocument d = RealReports.parse("010");
        assertEquals(0.0, v(d, "requests_new"));
        for (String k : new String[]{"requests_online", "requests_letter", "outcome_disclosed", "outcome_unavailable", "outcome_total"}) {
            assertEquals(0.0, v(d, k), k);
        }
        assertEquals(MetricValue.DERIVED, d.extraction().values().get("outcome_unavailable").method());
        assertTrue(d.extraction().values().get("outcome_unavailable").snippet().contains("未收到有关政府信息公开的申请"));
        assertEquals(0.0, v(d, "review_total"));
        assertNull(v(d, "litigation_total"));
    }

    @Test
    void aStatementThatAFigureContradictsZeroesNothing() {
        // 160: 我局没有收到信息公开申请, while its table prints 当面申请数 3 and 网上申请数 3 under a total of 0
        ProcessedDocument d = RealReports.parse("160");
        assertNull(v(d, "requests_new"));
        assertNull(v(d, "requests_in_person"));
        assertNull(v(d, "requests_online"));
        assertTrue(d.warnings().contains("text_table_conflict"));
        assertTrue(d.extraction().notes().stream().anyMatch(n -> n.startsWith("requests:") && n.contains("requests_in_person 3")));
    }

    @Test
    void feesAndReviewsOfNegativeSentences() {
        Extraction x = prose("2015年依申请提供政府信息暂不收费。本年度未发生因政府信息公开申请行政复议、行政诉讼和行政申诉的情况。", "free_text", "department");
        assertEquals(0.0, x.get("fees_collected_yuan"));
        assertEquals(0.0, x.get("review_total"));
        assertEquals(0.0, x.get("litigation_total"));
        assertEquals(0.0, x.get("complaints_total"));
        // review only: litigation stays unstated
        Extraction y = prose("2012年未收到有关政府信息公开行政复议申请。", "free_text", "department");
        assertEquals(0.0, y.get("review_total"));
        assertFalse(y.has("litigation_total"));
        // a heading and its answer: 五、因政府信息公开被申请行政复议、提起行政诉讼的情况 无。
        Extraction z = prose("四、收费情况 未收费。五、因政府信息公开被申请行政复议、提起行政诉讼的情况 无。", "free_text", "department");
        assertEquals(0.0, z.get("litigation_total"));
        // about refusals among the requests, not about the requests
        Extraction w = prose("2017年我局没有收到申请公开的信息涉及“不予公开”的。", "free_text", "department");
        assertEquals(0.0, w.get("outcome_withheld"));
        assertFalse(w.has("requests_new"));
    }

    // ---------------------------------------------------------------- scope

    @Test
    void theWholeAreaForAGovernmentItsOwnForADepartmentNeverAPart() {
        String s = "2022年，全区共受理政府信息公开申请120件，其中区本级受理30件，各乡镇受理90件。";
        assertEquals(120.0, prose(s, "free_text", "government").get("requests_new"));
        // a government's own organ is not its area: 区政府办代表区政府受理政府信息公开申请17件 (洪泽 2024, table 95)
        Extraction own = prose("2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。", "free_text", "government");
        assertFalse(own.has("requests_new"));
        assertTrue(own.warnings().contains("scope_ambiguous"));
        // parts are never the total
        Extraction parts = prose("各乡镇共受理政府信息公开申请90件。", "free_text", "government");
        assertFalse(parts.has("requests_new"));
        // a department: its own figure; the whole area's is another scope
        Extraction dept = prose("全区共主动公开政府信息5000条。我局主动公开政府信息120条。", "free_text", "department");
        assertEquals(120.0, dept.get("proactive_total"));
        // the whole named with its parts: 全市各级各部门 is the whole
        assertEquals(55.0, prose("2014年,全市各级各部门受理政府信息公开申请55件。", "free_text", "government").get("requests_new"));
    }

    // ---------------------------------------------------------------- units and approximate figures

    @Test
    void amountsGoIntoTheKeysUnit() {
        // a cell printed in 元 under 采购总金额 goes into procurement_amount_10k_yuan in 万元 (002: 2笔 984361元)
        assertEquals(98.4361, Article20Table.toTenThousandYuan(984361, "元", "采购项目数量采购总金额", "procurement_amount_10k_yuan"));
        assertEquals(123.456789, Article20Table.toTenThousandYuan(1234567.89, "元", "", "procurement_amount_10k_yuan"), 1e-9);
        // the header's unit applies when the cell names none
        assertEquals(45.82, Article20Table.toTenThousandYuan(45.82, null, "采购项目数量采购总金额(万元)", "procurement_amount_10k_yuan"));
        assertEquals(0.5, Article20Table.toTenThousandYuan(5000, null, "采购总金额(元)", "procurement_amount_10k_yuan"));
        // no unit anywhere: not taken (zero is zero in any unit)
        assertNull(Article20Table.toTenThousandYuan(4110669053.0, null, "采购项目数量采购总金额", "procurement_amount_10k_yuan"));
        assertEquals(0.0, Article20Table.toTenThousandYuan(0, null, "采购总金额", "procurement_amount_10k_yuan"));
        // 行政事业性收费 本年收费金额 is in 万元 by the layout
        assertEquals(5949.09, Article20Table.toTenThousandYuan(5949.09, null, "本年收费金额", "admin_fees_10k_yuan"));
        // a sentence in 万元 for a key in 元
        assertEquals(12000.0, prose("全年收取信息处理费1.2万元。", "free_text", "department").get("fees_collected_yuan"));
    }

    @Test
    void approximateFiguresAreNotTaken() {
        Extraction x = prose("全年共发布各类警务微博3348条；编发警务微信500余条。", "free_text", "department");
        assertEquals(3348.0, x.get("proactive_weibo"));
        assertFalse(x.has("proactive_weixin"));
        assertTrue(x.warnings().contains("approximate"));
        assertFalse(prose("已在区政府信息公开网站上主动公开信息一百多条。", "free_text", "department").has("proactive_total"));
    }

    @Test
    void figuresThatAreNotWhatTheyLookLike() {
        // an information classification is not requests; a combined figure is no category's
        Extraction c = prose("2020年制作政府信息425条，其中主动公开政府信息148条，依申请公开信息数182条，不予公开信息数95条。", "std_2019", "department");
        assertEquals(148.0, c.get("proactive_total"));
        assertFalse(c.has("requests_new"));
        assertFalse(c.has("outcome_withheld"));
        assertFalse(prose("予以公开及部分公开113宗。", "free_text", "government").has("outcome_partial"));
        // 信函传真 is one channel for two keys: neither is taken
        Extraction ch = prose("2017年我局受理依申请公开14件，其中当面申请1件、网上申请2件、信函传真申请11件。", "free_text", "department");
        assertEquals(14.0, ch.get("requests_new"));
        assertEquals(1.0, ch.get("requests_in_person"));
        assertFalse(ch.has("requests_letter"));
        assertFalse(ch.has("requests_fax"));
        // two sentences that disagree: null, both named
        Extraction two = prose("2013年度我局共主动公开政府信息43条。本局共主动公开政府信息33条。", "free_text", "department");
        assertFalse(two.has("proactive_total"));
        assertTrue(two.notes().stream().anyMatch(n -> n.contains("43") && n.contains("33")));
    }
}

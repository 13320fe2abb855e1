package org.ogilens.extract;

import org.junit.jupiter.api.Test;
import org.ogilens.extract.RowReadings.Reading;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.testing.RealReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run-together solver on real rows of the real development corpus (fixtures: src/test/resources/real). */
class RealTablesTest {
    private static Double v(ProcessedDocument d, String key) {
        return d.extraction().get(key);
    }

    private static boolean noteMentions(ProcessedDocument d, String key, String what) {
        return d.extraction().notes().stream().anyMatch(n -> n.startsWith(key) && n.contains(what));
    }

    @Test
    void aWholeTableGluedOnOneLineIsSplitByItsIdentities() {
        // 040: 一、本年新收政府信息公开申请数量 142000016 … （七）总计 142000016 — every row glued, the next row's
        // enumerator glued to the last cell (…10000016.属于四类过程性信息)
        ProcessedDocument d = RealReports.parse("040");
        assertEquals("complete", d.extraction().tables().get("requests"));
        assertEquals(16.0, v(d, "requests_new"));
        assertEquals(14.0, v(d, "requests_new_natural"));
        assertEquals(2.0, v(d, "requests_new_commercial"));
        assertEquals(1.0, v(d, "withheld_internal_affairs"));
        assertEquals(2.0, v(d, "withheld_process_info"));
        assertEquals(5.0, v(d, "unavailable_not_held"));
        assertEquals(2.0, v(d, "other_misc"));
        assertEquals(3.0, v(d, "outcome_withheld"));
        assertEquals(16.0, v(d, "outcome_total"));
        assertTrue(d.extraction().values().get("requests_new").snippet().contains("run_together_split 14|2|0|0|0|0|16"));
        // 0 0 0 0 0 1 0 0 0 1 0 0 0 0 0: one lawsuit without review, upheld
        assertEquals(1.0, v(d, "litigation_direct_upheld"));
        assertEquals(1.0, v(d, "litigation_total"));
    }

    @Test
    void aSplitThatOnlyTheColumnIdentitiesSettle() {
        // 218: 新收 "110000011" is 11|0|0|0|0|0|11 or 1|10|0|0|0|0|11 by its row sum; the 自然人 column settles it
        String row = "110000011";
        List<Reading> byRow = RowReadings.of(List.of(CellToken.of(row, 0, false)), 7, RequestsTable::rowAddsUp).readings();
        assertEquals(2, byRow.size());
        ProcessedDocument d = RealReports.parse("218");
        assertEquals(11.0, v(d, "requests_new_natural"));
        assertEquals(0.0, v(d, "requests_new_commercial"));
        assertEquals("complete", d.extraction().tables().get("requests"));
    }

    @Test
    void articleTwentyRowsWithSeveralSplitsStayNull() {
        // 026: 行政许可4500 (4|50|0 or 45|0|0), 行政处罚63600 (four splits): no identity decides
        ProcessedDocument d = RealReports.parse("026");
        assertNull(v(d, "licensing_items_prev"));
        assertNull(v(d, "penalty_decisions"));
        assertTrue(d.warnings().contains("digits_ambiguous"));
        assertTrue(noteMentions(d, "table 1 licensing", "4|50|0 or 45|0|0"));
        // 规章000, 规范性文件000: one split only
        assertEquals(0.0, v(d, "rules_made"));
        assertEquals(0.0, v(d, "normative_public_total"));
    }

    @Test
    void aRowPrintedWithACellMissingFollowsFromTheColumnIdentities() {
        // 026: 一、本年新收…数量0 00000 (six digits for seven cells); 上年结转, 总计 and 结转 are all 0
        ProcessedDocument d = RealReports.parse("026");
        assertEquals(0.0, v(d, "requests_new"));
        assertEquals(MetricValue.DERIVED, d.extraction().values().get("requests_new").method());
    }

    @Test
    void theProseRestatingAFigureChoosesTheSplitAndAContradictionNullsTheCell() {
        // 040: 行政规范性文件 34089; the prose says 本年度制发规范性文件34件 → 34|0|89, and 现行有效件数424件 ≠ 89
        ProcessedDocument d = RealReports.parse("040");
        assertEquals(34.0, v(d, "normative_issued"));
        assertEquals(0.0, v(d, "normative_repealed"));
        assertNull(v(d, "normative_in_force"));
        assertTrue(d.warnings().contains("text_table_conflict"));
        assertTrue(noteMentions(d, "normative_in_force", "89"));
    }

    @Test
    void aSourceThatBreaksItsOwnIdentityKeepsItsFiguresAndSaysSo() {
        // 060: review 100000000000000 = 1 upheld under a printed total of 0 (fifteen digits, one split only)
        ProcessedDocument d = RealReports.parse("060");
        assertEquals(1.0, v(d, "review_upheld"));
        assertEquals("source_inconsistent", d.extraction().tables().get("review"));
        assertTrue(d.warnings().contains("source_inconsistent"));
        // the prose says 行政复议1起: the printed total 0 contradicts it, so review_total is null
        assertNull(v(d, "review_total"));
    }

    @Test
    void seventeenDigitsForFifteenCellsSplitOnlyWhereTheGroupsAddUp() {
        // 145: 10000100000000000 → review 10|0|0|0|10, litigation 0s: the only split whose groups add up
        ProcessedDocument d = RealReports.parse("145");
        assertEquals(10.0, v(d, "review_upheld"));
        assertEquals(10.0, v(d, "review_total"));
        assertEquals(0.0, v(d, "litigation_after_review_total"));
        // prose glued to table 1: 行政事业性收费02025年… is 0, then the year 2025
        assertEquals(0.0, v(d, "admin_fees_10k_yuan"));
    }

    @Test
    void theProcessingFeeTableGivesTheFeesCollected() {
        // 218: 五、信息处理费收取情况 通知收取件数 通知收取金额（元）实际收取金额（元）000
        assertEquals(0.0, v(RealReports.parse("218"), "fees_collected_yuan"));
    }

    @Test
    void enumeratorsGluedToTheLastCellAreNotCells() {
        List<CellToken> t = RowText.flatTokens("10000016.属于四类过程性信息", 0, 17);
        assertEquals(1, t.size());
        assertEquals("1000001", t.get(0).digits());
        assertTrue(RowText.flatTokens(" 1.属于国家秘密", 0, 10).isEmpty());
        // a sign is a sign, a lone dash a blank cell
        List<CellToken> signed = RowText.flatTokens("0 -12 3086 - 4", 0, 14);
        assertEquals(List.of("0", "-12", "3086", "-", "4"), signed.stream().map(CellToken::printed).toList());
        assertFalse(signed.get(1).blank());
        assertTrue(signed.get(3).blank());
    }
}

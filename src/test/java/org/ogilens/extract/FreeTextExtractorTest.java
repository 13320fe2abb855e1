package org.ogilens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FreeTextExtractorTest {
    private static Extraction prose(String text) {
        return MetricExtractor.extract(text, "free_text", false, 2014);
    }

    @Test
    void outcomesStatedInASentence() {
        Extraction x = prose("已办结的申请中,同意公开12件,同意部分公开3件,不予公开两件。");
        assertEquals(12.0, x.get("outcome_disclosed"));
        assertEquals(3.0, x.get("outcome_partial"));
        assertEquals(2.0, x.get("outcome_withheld"));
    }

    @Test
    void negativeSentencesStateZero() {
        assertEquals(0.0, prose("本年度未收取信息处理费。").get("fees_collected_yuan"));
        assertEquals(0.0, prose("2014年,未收到公民、法人或其他组织提出的政府信息公开申请。").get("requests_new"));
    }

    @Test
    void blankTableCellIsNotANegation() {
        // 无 cells of a table followed by the next part's heading: no statement about litigation or requests
        Extraction x = prose("四、结转下年度继续办理 无 无 无 无 无 无 无 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼");
        assertFalse(x.has("litigation_total"));
        assertFalse(x.has("review_total"));
    }

    @Test
    void cumulativeFigureIsNotTheYears() {
        Extraction x = prose("自2008年《条例》实施以来,累计主动公开政府信息50000条。2014年,全市共主动公开政府信息1200条。");
        assertEquals(1200.0, x.get("proactive_total"));
    }
}

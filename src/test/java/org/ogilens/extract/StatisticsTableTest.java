package org.ogilens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTableTest {
    private static Extraction read(String header, String... rows) {
        Extraction x = new Extraction();
        StatisticsTable.extract("附表:2010年政府信息公开情况统计表\n" + header + "\n" + String.join("\n", rows) + "\n", java.util.Map.of(), x);
        return x;
    }

    @Test
    void annualColumnFirst() {
        Extraction x = read("统计指标 单位 本年数 累计数", "(一)主动公开政府信息数 条 1234 56789", "(一)收到申请数 件 12 300",
                "1.同意公开答复数 件 10 250", "3.不同意公开答复数 件 2 20", "六、依申请公开信息收取的费用 万元 0.012 0.5");
        assertEquals(1234.0, x.get("proactive_total"));
        assertEquals(12.0, x.get("requests_new"));
        assertEquals(10.0, x.get("outcome_disclosed"));
        assertEquals(2.0, x.get("outcome_withheld"));
        assertEquals(120.0, x.get("fees_collected_yuan"));
        assertTrue(x.values().get("proactive_total").snippet().contains("year"), x.values().get("proactive_total").snippet());
    }

    @Test
    void cumulativeColumnFirst() {
        Extraction x = read("统计指标\t单位\t累计数\t本年数", "(一)主动公开政府信息数\t条\t56789\t1234", "三、行政复议数量\t件\t7\t0");
        assertEquals(1234.0, x.get("proactive_total"));
        assertEquals(0.0, x.get("review_total"));
    }

    @Test
    void oneFigureUnderTwoColumnsIsNotTaken() {
        Extraction x = read("统计指标 单位 本年数 累计数", "(一)主动公开政府信息数 条 1234", "(一)收到申请数 件 12 300");
        assertNull(x.get("proactive_total"));
        assertEquals(12.0, x.get("requests_new"));
        assertTrue(x.warnings().contains("digits_ambiguous"), x.warnings().toString());
    }

    @Test
    void noColumnHeaderNoFigures() {
        Extraction x = read("统计指标 单位 数量", "(一)主动公开政府信息数 条 1234 56789");
        assertFalse(x.has("proactive_total"));
    }
}

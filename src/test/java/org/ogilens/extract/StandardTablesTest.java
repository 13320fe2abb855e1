package org.ogilens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardTablesTest {
    private static String table(String newRow) {
        return "三、收到和处理政府信息公开申请情况\n申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
                + newRow + "\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n(一)予以公开 5 0 0 0 0 0 5\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n";
    }

    @Test
    void numberBrokenByAStraySpaceIsJoinedByTheRowIdentity() {
        Extraction x = new Extraction();
        StandardTables.read(table("一、本年新收政府信息公开申请数量 1 25 4 0 0 0 0 129"), "std_2021", x);
        assertEquals(129.0, x.get("requests_new"));
        assertEquals(125.0, x.get("requests_new_natural"));
        assertTrue(x.values().get("requests_new").snippet().contains("merged"), x.values().get("requests_new").snippet());
    }

    @Test
    void runTogetherNumbersAreSplitOnlyWhenUnique() {
        Extraction x = new Extraction();
        // 8 9 0 0 0 0 17 run together as "89" and "17": 8+9 = 17 is the only split into seven cells
        StandardTables.read(table("一、本年新收政府信息公开申请数量 89 0 0 0 0 17"), "std_2021", x);
        assertEquals(17.0, x.get("requests_new"));
        assertEquals(8.0, x.get("requests_new_natural"));
        Extraction y = new Extraction();
        // 1111 0 0 0 2: splits 1|1|1|1 … fit several ways: left null
        StandardTables.read(table("一、本年新收政府信息公开申请数量 1111 2"), "std_2021", y);
        assertNull(y.get("requests_new"));
    }

    @Test
    void oneCellPerLineAndBlankMarkers() {
        String t = "一、本年新收政府信息公开申请数量\n\n3\n\n/\n\n—\n\n无\n\n-\n\n0\n\n3\n二、上年结转政府信息公开申请数量\n0\n0\n0\n0\n0\n0\n0\n"
                + "(一)予以公开\n3\n0\n0\n0\n0\n0\n3\n五、存在的主要问题";
        Extraction x = new Extraction();
        StandardTables.read(t, "std_2019", x);
        assertEquals(3.0, x.get("requests_new"));
        assertEquals(0.0, x.get("requests_new_commercial"));
        assertEquals(7, x.grid().stream().filter(c -> c.row().equals("requests_new")).count());
    }

    @Test
    void truncatedReviewTableAssignsNothing() {
        String t = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
                + "0 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题";
        Extraction x = new Extraction();
        StandardTables.read(t, "std_2021", x);
        assertFalse(x.has("review_total"));
        assertTrue(x.warnings().contains("table_truncated"));
    }

    @Test
    void imageOnlyTables() {
        Extraction x = new Extraction();
        StandardTables.read("二、主动公开政府信息情况\n表格.png\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况", "std_2019", x);
        assertEquals(List.of("table_image_only"), List.copyOf(x.warnings()));
        assertTrue(x.values().isEmpty());
    }

    @Test
    void chineseNumerals() {
        assertEquals(2.0, ChineseNumber.parse("两"));
        assertEquals(32.0, ChineseNumber.parse("三十二"));
        assertEquals(105.0, ChineseNumber.parse("一百零五"));
        assertEquals(10.0, ChineseNumber.parse("十"));
        assertEquals(15000.0, ChineseNumber.parse("1.5万"));
    }
}

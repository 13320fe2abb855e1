package org.ogilens.understand;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdentityExtractorTest {
    private final IdentityExtractor x = new IdentityExtractor(new RegionResolver(Gazetteer.get()));

    @Test
    void departmentIssuerKind() {
        Identity id = x.extract("广元市财政局2019年政府信息公开工作年度报告\n\n发布时间:2020-01-20\n"
                + "本报告由广元市财政局编制。一、总体情况 主动公开 依申请公开 行政复议");
        assertEquals("department", id.issuerKind());
        assertEquals("510800", id.region().regionCode());
        assertEquals(2019, id.reportYear());
        assertEquals("2020-01-20", id.publishDate());
    }

    @Test
    void chineseNumeralYearAndPeriodWithoutSecondYear() {
        assertEquals(2013, IdentityExtractor.yearOf("某县二O一三年政府信息公开工作年度报告"));
        assertArrayEquals(new String[]{"2021-01-01", "2021-12-31"},
                IdentityExtractor.period("统计期限自2021年1月1日起至12月31日止"));
        assertNull(IdentityExtractor.period("本报告电子版可在网站下载"));
    }

    @Test
    void creditCodeDivision() {
        assertEquals("330881", IdentityExtractor.creditDivisionCodes("索引号: | 113308810026305088/2014-128123 |").get(0));
    }
}

package org.ogilens.understand;

import org.junit.jupiter.api.Test;
import org.ogilens.clean.TextCleaner;
import org.ogilens.ingest.HtmlTextExtractor;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.testing.RealReports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who published a report, for which region and when: zones, province bodies, abbreviations, publish dates. */
class RealIdentityTest {
    private static final IdentityExtractor ID = new IdentityExtractor(new RegionResolver(Gazetteer.get()));

    private static Identity id(String text) {
        return ID.extract(TextCleaner.clean(text));
    }

    @Test
    void aZoneThatIsNotADivisionStandsForItsHost() {
        Identity i = id("平潭综合实验区财政金融局2020年度政府信息公开工作年度报告\n一、总体情况 …");
        assertEquals("350128", i.region().regionCode());
        assertEquals("平潭县", i.region().county());
        assertEquals("department", i.issuerKind());
        // the zone's government office is a government
        Identity g = id("平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告\n");
        assertEquals("350128", g.region().regionCode());
        assertEquals("government", g.issuerKind());
        // a zone with one host: 青岛西海岸新区 → 黄岛区; spanning several: null, and said so
        assertEquals("370211", id("青岛西海岸新区管委会2022年政府信息公开工作年度报告\n").region().regionCode());
        Identity f = id("福州新区管委会2022年政府信息公开工作年度报告\n福州新区 …");
        assertNull(f.region());
        assertTrue(f.warnings().contains("zone_host_unclear"));
        // an NBS zone unit under its short name
        assertEquals("220171", id("长春经开区管委会2021年政府信息公开工作年度报告\n").region().regionCode());
    }

    @Test
    void provinceBodiesAreProvinceGovernments() {
        Identity i = id("福建省人民政府办公厅2022年政府信息公开工作年度报告\n");
        assertEquals("350000", i.region().regionCode());
        assertEquals("province", i.region().adminLevel());
        assertEquals("government", i.issuerKind());
        Identity b = id("北京市人民政府办公厅2023年政府信息公开工作年度报告\n");
        assertEquals("110000", b.region().regionCode());
        assertEquals("government", b.issuerKind());
    }

    @Test
    void abbreviatedDepartmentsResolveThroughThePage() {
        // 010: the title says only 财金局; the signature names 平潭综合实验区财政金融局
        ProcessedDocument d = RealReports.parse("010");
        assertEquals("350128", d.identity().region().regionCode());
        assertEquals("department", d.identity().issuerKind());
        // 区公安局 with nothing but the breadcrumb naming the body
        Identity crumb = id("当前位置： 首页 政务公开 平潭综合实验区公安局政府信息公开年报\n区公安局2021年政府信息公开工作年度报告\n");
        assertEquals("350128", crumb.region().regionCode());
        // 我局 only, the page's 发布机构 field says who
        Identity field = id("发布机构: 平潭县交通局\n2011年政府信息公开工作年度报告\n我局……");
        assertEquals("350128", field.region().regionCode());
        // nothing but the area the text keeps naming
        Identity area = id("公安局2009年度政府信息公开工作年度报告\n根据《平潭综合实验区政府信息公开规定》，平潭综合实验区…平潭综合实验区…");
        assertEquals("350128", area.region().regionCode());
        assertTrue(area.warnings().contains("region_from_text"));
    }

    @Test
    void aNameMistypedInTheSource() {
        // 055–061: 平潭综合区行政审批局 (实验 left out) is a curated alias of the zone
        assertEquals("350128", id("平潭综合区行政审批局2019年政府信息公开工作年度报告\n").region().regionCode());
    }

    @Test
    void publishDatesFromEverySourceThePageHas() {
        // the crawl's header line
        assertEquals("2023-01-05", id("标题: X局2022年政府信息公开工作年度报告\n发布时间: 2023-01-05 09:30\n正文").publishDate());
        // an HTML <meta name="PubDate">
        String html = "<html><head><meta name=\"PubDate\" content=\"2023-01-19 15:19\"><meta name=\"ArticleTitle\" content=\"平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告\">"
                + "</head><body><p>正文</p></body></html>";
        Identity h = id(HtmlTextExtractor.extract(html));
        assertEquals("2023-01-19", h.publishDate());
        assertEquals(2022, h.reportYear());
        // 成文日期 of a document page
        assertEquals("2024-01-18", id("成文日期：2024-01-18\n某县人民政府2023年政府信息公开工作年度报告\n").publishDate());
        // a dated line under the title
        assertEquals("2024-01-20", id("某县人民政府2023年政府信息公开工作年度报告\n（2024年1月20日）\n一、总体情况").publishDate());
        // the signature at the end, in Chinese numerals, also on a one-line body
        assertEquals("2011-01-20", id("平潭县财政局2010年度政府信息公开年度报告 一、概述 …… 平潭县财政局 二○一一年元月二十日").publishDate());
        // the page's own publication field beats the signature
        assertEquals("2017-01-13", id("发布时间: 2017-01-13 00:00\n财金局2016年政府信息公开年度报告\n…… 二○一七年一月十日").publishDate());
    }

    @Test
    void aYearInATitleBrokenOverLinesAndACalendarYearStatedInThePeriod() {
        Identity i = id("福建省平潭县人民政府\n2013年政府信息公开工作年度报告\n2013年1月1日至2013年12月31日，共主动公开政府信息…");
        assertEquals(2013, i.reportYear());
        assertEquals("2013-01-01", i.periodStart());
        assertEquals("2013-12-31", i.periodEnd());
        // the 年 of 1月 left out: 自2016月1日起至 2016年12月31日
        Identity t = id("财金局2016年政府信息公开年度报告\n本报告所列数据的统计期限自2016月1日起至 2016年12月31日止。");
        assertEquals("2016-01-01", t.periodStart());
    }
}

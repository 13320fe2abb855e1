package org.ogilens.understand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RegionResolverTest {
    private final RegionResolver r = new RegionResolver(Gazetteer.get());

    private Region resolve(String issuer, String text, Integer year, String... creditCodes) {
        return r.resolve(List.of(issuer), text, year, List.of(creditCodes));
    }

    @Test
    void province() {
        Region g = resolve("浙江省人民政府办公厅", "", 2020);
        assertEquals("province", g.adminLevel());
        assertEquals("330000", g.regionCode());
        assertEquals("33", g.provinceCode());
        assertNull(g.prefecture());
    }

    @Test
    void prefecture() {
        Region g = resolve("广元市", "", 2014);
        assertEquals("prefecture", g.adminLevel());
        assertEquals("510800", g.regionCode());
        assertEquals("四川省", g.province());
        assertEquals("广元市", g.prefecture());
        assertNull(g.county());
    }

    @Test
    void countyWithParentInTheName() {
        Region g = resolve("长春市宽城区人民政府", "", 2012);
        assertEquals("county", g.adminLevel());
        assertEquals("220103", g.regionCode());
        assertEquals("长春市", g.prefecture());
        assertEquals("宽城区", g.county());
    }

    @Test
    void departmentBelongsToItsGovernmentsRegion() {
        Region g = resolve("广元市财政局", "", 2019);
        assertEquals("510800", g.regionCode());
        assertEquals("prefecture", g.adminLevel());
    }

    @Test
    void ambiguousDistrictIsUnresolvedWithoutContext() {
        assertNull(resolve("鼓楼区人民政府", "本区政府信息公开工作", 2020));
    }

    @Test
    void ambiguousDistrictByParentInNameOrText() {
        assertEquals("320106", resolve("南京市鼓楼区人民政府", "", 2020).regionCode());
        assertEquals("350102", resolve("鼓楼区人民政府", "在福州市委、市政府的领导下，福州鼓楼", 2020).regionCode());
    }

    @Test
    void kuanchengShortAndFullNames() {
        assertEquals("220103", resolve("宽城区人民政府", "长春市", 2012).regionCode());
        assertEquals("130827", resolve("宽城县人民政府", "", 2015).regionCode()); // 宽城满族自治县
    }

    @Test
    void townshipOnlyByCreditCode() {
        // 上余镇 with no parent name anywhere: the credit code's division 330881 (江山市) places it
        Region g = resolve("上余镇", "本单位", 2013, "330881");
        assertEquals("township", g.adminLevel());
        assertEquals("330881116", g.regionCode());
        assertEquals("江山市", g.county());
        assertEquals("衢州市", g.prefecture());
        assertEquals("上余镇", g.township());
    }

    @Test
    void repeatedTownshipNameIsUnresolvedWithoutContext() {
        assertNull(resolve("城关镇人民政府", "", 2018));
    }

    @Test
    void renamedCountyBefore2016FollowsItsSuccessorCode() {
        // 密云县 (110228) became 密云区 (110118) in 2015: a 2012 report joins the district's series
        Region g = resolve("密云县人民政府", "北京市", 2012);
        assertEquals("110118", g.regionCode());
        assertEquals("110228", g.regionCodeAtReport());
        assertEquals("county", g.adminLevel());
    }

    @Test
    void mergedDistrictKeepsItsLastCode() {
        // 崇文区 was merged into the existing 东城区 in 2010: it keeps 110103
        Region g = resolve("北京市崇文区人民政府", "", 2009);
        assertEquals("110103", g.regionCode());
        assertNull(g.regionCodeAtReport());
    }

    @Test
    void noPlaceNameIsUnresolved() {
        assertNull(resolve("本单位", "", 2013));
    }

    @Test
    void renumberedTownshipKeepsItsNameNotItsOldCode() {
        // 古乡 was 540424200 until 2017; that code is now 易贡乡, and 古乡 is 540424207
        Region g = resolve("西藏自治区林芝市波密县古乡人民政府", "", 2017);
        assertEquals("540424207", g.regionCode());
        assertEquals("古乡", g.township());
    }

    @Test
    void twoCharacterTownshipCountsOnlyAfterItsParent() {
        assertEquals("540523202", resolve("山南市桑日县绒乡人民政府", "", 2021).regionCode());
    }

    @Test
    void renumberedCountyKeepsItsName() {
        // 加格达奇区 once had 232701, which is now 漠河市
        assertEquals("232761", resolve("黑龙江省大兴安岭地区加格达奇区民政局", "", 2015).regionCode());
    }

    @Test
    void unitWinsOverAnNbsPseudoUnitOfTheSameName() {
        assertEquals("620200", resolve("嘉峪关市人民政府", "", 2019).regionCode());
        assertEquals("350527", resolve("福建省泉州市金门县人民政府", "", 2016).regionCode());
        // a township of 获嘉县 is also called 西工区
        assertEquals("410303", resolve("西工区司法局", "", 2023).regionCode());
    }

    @Test
    void townshipNameIsReadWithinItsCounty() {
        // not a 城北街道办 of another province
        assertEquals("450902004", resolve("玉林市玉州区城北街道办事处", "", 2015).regionCode());
    }
}

package org.ogilens.analyze;

import org.junit.jupiter.api.Test;
import org.ogilens.check.CheckResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Indicators, trends, cross-year checks and roll-ups against values computed by hand. */
class TrendAnalysisTest {
    static Map<String, Double> m(Object... kv) {
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) out.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        return out;
    }

    static ReportPoint gov(String doc, int year, String level, String province, Map<String, Double> metrics) {
        return new ReportPoint(doc, "某市", "government", level, province + "0100", "某省", province, year, year + 1 + "-03-01", metrics);
    }

    @Test
    void indicatorsByHand() {
        Map<String, Double> x = m("outcome_disclosed", 60, "outcome_partial", 15, "outcome_withheld", 10, "outcome_unavailable", 5,
                "outcome_total", 100, "requests_new", 80, "review_total", 4, "litigation_direct_total", 2,
                "litigation_after_review_total", 1, "review_corrected", 1, "review_pending", 0, "proactive_total", 2000);
        Map<String, Double> i = Indicators.compute(x);
        assertEquals(0.75, i.get("disclosure_rate"), 1e-12);        // (60 + 15) / 100
        assertEquals(0.10, i.get("refusal_rate"), 1e-12);           // 10 / 100
        assertEquals(0.05, i.get("unavailable_rate"), 1e-12);       // 5 / 100
        assertEquals(5.0, i.get("review_per_100_requests"), 1e-12); // 4 × 100 / 80
        assertEquals(3.75, i.get("litigation_per_100_requests"), 1e-12); // (2 + 1) × 100 / 80, no litigation_total stated
        assertNull(i.get("review_correction_rate"));                // 4 concluded reconsiderations < 5
        assertNull(i.get("litigation_correction_rate"));            // pending and corrected not stated
        assertEquals(25.0, i.get("proactive_per_request"), 1e-12);  // 2000 / 80

        // a stated litigation_total wins over the sum of the groups
        x.put("litigation_total", 4.0);
        assertEquals(5.0, Indicators.compute(x).get("litigation_per_100_requests"), 1e-12);
        // the small-denominator guard: 9 handled requests give no rates
        Map<String, Double> small = m("outcome_disclosed", 9, "outcome_partial", 0, "outcome_total", 9);
        assertNull(Indicators.compute(small).get("disclosure_rate"));
        assertEquals(1.0, Indicators.compute(m("outcome_disclosed", 10, "outcome_partial", 0, "outcome_total", 10)).get("disclosure_rate"));
        // a missing part gives null, never a guess
        assertNull(Indicators.compute(m("outcome_disclosed", 50, "outcome_total", 100)).get("disclosure_rate"));
        // correction rate over concluded cases: 2 / (10 − 2)
        assertEquals(0.25, Indicators.compute(m("review_corrected", 2, "review_total", 10, "review_pending", 2)).get("review_correction_rate"), 1e-12);
    }

    @Test
    void trendAgainstThePreviousReportOfTheIssuer() {
        List<ReportPoint> series = List.of(
                gov("a", 2019, "prefecture", "51", m("requests_new", 10)),
                gov("b", 2020, "prefecture", "51", m("requests_new", 15)),
                // 2021 missing: 2022 compares with 2020
                gov("c", 2022, "prefecture", "51", m("requests_new", 90)),
                // two reports for 2023: the one published last counts
                new ReportPoint("d1", "某市", "government", "prefecture", "510100", "某省", "51", 2023, "2024-01-10", m("requests_new", 1)),
                new ReportPoint("d2", "某市人民政府", "government", "prefecture", "510100", "某省", "51", 2023, "2024-03-10", m("requests_new", 45)));
        var trends = SeriesAnalyzer.analyze("510100/government", series).trends().stream()
                .filter(t -> t.measure().equals("requests_new")).toList();
        assertEquals(4, trends.size());
        var first = trends.get(0);
        assertNull(first.prevYear());
        assertNull(first.change());
        assertNull(first.outlier());
        var t2020 = trends.get(1);
        assertEquals(2019, t2020.prevYear());
        assertEquals(5.0, t2020.change());
        assertEquals(0.5, t2020.pctChange(), 1e-12);
        assertFalse(t2020.outlier());                      // 15 < 20
        var t2022 = trends.get(2);
        assertEquals(2020, t2022.prevYear());
        assertEquals(75.0, t2022.change());
        assertEquals(5.0, t2022.pctChange(), 1e-12);
        assertTrue(t2022.outlier());                       // 90 / 15 = 6 ≥ 5 and 90 ≥ 20
        var t2023 = trends.get(3);
        assertEquals("d2", t2023.report().docId());
        assertEquals(2, t2023.reportsInYear());
        assertEquals(-45.0, t2023.change());
        assertFalse(t2023.outlier());                      // 90 → 45 is a halving
        assertTrue(SeriesAnalyzer.outlier("requests_new", "metric", 0, 25));
        assertTrue(SeriesAnalyzer.outlier("disclosure_rate", "indicator", 0.9, 0.3));
        assertFalse(SeriesAnalyzer.outlier("disclosure_rate", "indicator", 0.9, 0.5));
        assertFalse(SeriesAnalyzer.outlier("proactive_per_request", "indicator", 0.1, 0.9)); // both below 1
    }

    @Test
    void crossYearChecks() {
        List<ReportPoint> series = List.of(
                gov("a", 2021, "county", "33", m("requests_carried_forward", 3, "rules_in_force", 20, "normative_in_force", 100)),
                gov("b", 2022, "county", "33", m("requests_carried_over", 3, "rules_in_force", 21, "rules_issued", 2, "rules_repealed", 1,
                        "normative_in_force", 100, "normative_issued", 5, "normative_repealed", 0)),
                gov("c", 2023, "county", "33", m("requests_carried_over", 1, "rules_in_force", 21)),
                // 2025 is two years after 2023: no cross-year check
                gov("e", 2025, "county", "33", m("requests_carried_over", 9)));
        var checks = SeriesAnalyzer.analyze("330100/government", series).checks();
        Map<String, CheckResult> b = new HashMap<>(), c = new HashMap<>();
        for (var x : checks) (x.docId().equals("b") ? b : c).put(x.result().check(), x.result());
        assertEquals(CheckResult.PASS, b.get("carry_over").status());
        assertEquals(CheckResult.PASS, b.get("rules_in_force").status());      // 20 + 2 − 1 = 21
        assertEquals(CheckResult.FAIL, b.get("normative_in_force").status());  // 100 + 5 − 0 = 105 ≠ 100
        assertEquals(105.0, b.get("normative_in_force").expected());
        assertEquals(100.0, b.get("normative_in_force").actual());
        assertEquals(CheckResult.UNCERTAIN, c.get("carry_over").status());     // 2022 states no carried-forward
        assertEquals(CheckResult.UNCERTAIN, c.get("rules_in_force").status()); // 2023 states no issued/repealed
        assertFalse(c.containsKey("normative_in_force"));                      // 2023 states no normative figure
        assertTrue(checks.stream().noneMatch(x -> x.docId().equals("e")));
    }

    @Test
    void rollupsPoolGovernmentsPerLevel() {
        ReportPoint p1 = gov("p1", 2022, "prefecture", "51", m("requests_new", 100, "outcome_disclosed", 50, "outcome_partial", 10, "outcome_total", 80));
        ReportPoint p2 = gov("p2", 2022, "prefecture", "51", m("requests_new", 20, "outcome_disclosed", 2, "outcome_partial", 0, "outcome_total", 8));
        ReportPoint p3 = gov("p3", 2022, "prefecture", "51", m("outcome_total", 5));
        ReportPoint dept = new ReportPoint("d", "某市财政局", "department", "prefecture", "510100", "某省", "51", 2022, null, m("requests_new", 7));
        assertTrue(Rollups.groups(dept).isEmpty());
        assertEquals(4, Rollups.groups(p1).size()); // province/level, national/level, province/all, national/all

        Map<String, Rollups.Figure> f = new HashMap<>();
        for (Rollups.Figure x : Rollups.aggregate("prefecture", List.of(p1, p2, p3))) f.put(x.measure(), x);
        assertEquals(120.0, f.get("requests_new").value());
        assertEquals(2, f.get("requests_new").reports());
        assertEquals(3, f.get("requests_new").governmentReports());
        // pooled: (50 + 10 + 2 + 0) / (80 + 8) over the two reports stating both; p3 has no numerator
        Rollups.Figure d = f.get("disclosure_rate");
        assertEquals(62.0 / 88.0, d.value(), 1e-12);
        assertEquals(2, d.reports());
        // over all levels: no sums, only pooled indicators
        List<Rollups.Figure> all = Rollups.aggregate(Rollups.ALL_LEVELS, List.of(p1, p2));
        assertTrue(all.stream().allMatch(x -> x.kind().equals("ratio")));
    }
}

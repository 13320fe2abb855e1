package org.ogilens.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    static final String HOSTILE = "<script>alert('x')</script>&\"";

    @Test
    void everyStringFromAReportIsEscaped() {
        HtmlReport.Data d = new HtmlReport.Data("/data/<x>", "now", 2, 0,
                List.of(new HtmlReport.Coverage(2020, "county", "government", 2)),
                List.of(new HtmlReport.Rollup(null, null, "all", "disclosure_rate", 0.5, 2, 2020),
                        new HtmlReport.Rollup(null, null, "all", "disclosure_rate", 0.75, 2, 2021)),
                List.of(new HtmlReport.Rollup("33", HOSTILE, "all", "disclosure_rate", 0.6, 1, 2020)),
                List.of(new HtmlReport.Change(HOSTILE, "330100", HOSTILE, "requests_new", 2021, 2020, 1.0, 30.0, 29.0, 29.0, true)),
                1, List.of(new HtmlReport.FailedCheck("d", HOSTILE, HOSTILE, "/p/" + HOSTILE, 2021, "balance", 3.0, 4.0, HOSTILE,
                List.of("requests_new = 3: " + HOSTILE))));
        String html = HtmlReport.render(d);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("alert('x')"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
        // the national disclosure rate is drawn as a line through its two years
        assertTrue(html.matches("(?s).*<path d=\"M[0-9.]+ [0-9.]+ L[0-9.]+ [0-9.]+\" fill=\"none\" stroke=\"#d62728\".*"), html);
    }

    @Test
    void aMissingYearBreaksTheLine() {
        java.util.TreeMap<Integer, Double> s = new java.util.TreeMap<>(java.util.Map.of(2019, 1.0, 2020, 2.0, 2022, 3.0));
        String svg = new SvgChart("t", false).series("a", s).series("b", new java.util.TreeMap<>(java.util.Map.of(2021, 5.0))).render();
        assertTrue(svg.matches("(?s).*<path d=\"M\\S+ \\S+ L\\S+ \\S+ M\\S+ \\S+\".*"), svg);
    }
}

package org.ogilens.report;

import org.ogilens.analyze.Indicators;
import org.ogilens.analyze.Rollups;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The visual report: one self-contained HTML page (inline CSS and SVG, no script, nothing fetched at view time)
 * from small aggregates of a dataset. Pure: it gets its data as records, so it is tested without Spark.
 */
public final class HtmlReport {
    public record Coverage(int year, String level, String kind, long reports) {}

    /** One rollups row. provinceCode and province are null for national rows. */
    public record Rollup(String provinceCode, String province, String level, String measure, Double value, long reports, int year) {}

    public record Change(String issuer, String regionCode, String province, String measure, int year, Integer prevYear,
                         Double prevValue, double value, Double change, Double pctChange, Boolean outlier) {}

    public record FailedCheck(String docId, String title, String issuer, String sourcePath, Integer year, String check,
                              Double expected, Double actual, String detail, List<String> evidence) {}

    public record Data(String dataset, String generated, long reports, long rejects, List<Coverage> coverage,
                       List<Rollup> national, List<Rollup> provinces, List<Change> changes, long failedChecks,
                       List<FailedCheck> failures) {}

    private static final String ALL = Rollups.ALL_LEVELS;
    static final String[] LEVELS = {"province", "prefecture", "county", "township"};
    /** The indicators charted per province (pooled over all levels of government). */
    public static final List<String> PROVINCE_MEASURES = List.of("disclosure_rate", "litigation_per_100_requests");

    private HtmlReport() {}

    public static String render(Data d) {
        StringBuilder b = new StringBuilder(64_000);
        b.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>OGI Lens report</title><style>")
                .append("body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:24px;color:#222;max-width:1320px}")
                .append("h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}")
                .append("td.n{text-align:right}.charts{display:flex;flex-wrap:wrap;gap:12px}.small{display:flex;flex-wrap:wrap;gap:6px}")
                .append(".chart{background:#fff;border:1px solid #eee}.ct{font-size:13px;font-weight:600}.yl{font-size:10px;text-anchor:end;fill:#555}")
                .append(".xl{font-size:10px;text-anchor:middle;fill:#555}.lg{font-size:11px;fill:#333}.grid{stroke:#e6e6e6}")
                .append(".note{color:#555;font-size:13px}.flag{color:#b00;font-weight:600}.ev{font-family:monospace;font-size:12px;color:#333}")
                .append("</style></head><body>");
        b.append("<h1>OGI Lens: open-government-information annual reports</h1>");
        b.append("<p class=\"note\">Dataset <code>").append(Html.escape(d.dataset())).append("</code>, report written ")
                .append(Html.escape(d.generated())).append(". ").append(d.reports()).append(" reports, ").append(d.rejects())
                .append(" rejected files, ").append(d.failedChecks()).append(" failed consistency checks.</p>");

        national(b, d);
        provinces(b, d);
        changes(b, d);
        failures(b, d);
        coverage(b, d);

        b.append("<h2>Definitions</h2><ul class=\"note\">");
        for (Indicators.Indicator i : Indicators.all()) {
            b.append("<li><b>").append(Html.escape(i.key())).append("</b> = ").append(Html.escape(i.formula()))
                    .append(" (null below a denominator of ").append((long) i.minDenominator()).append(")</li>");
        }
        b.append("<li>National and provincial indicators pool government reports: Σ numerators / Σ denominators. "
                + "Departments are not rolled up, to avoid counting their cases twice; sums are per level, never across levels.</li></ul>");
        return b.append("</body></html>").toString();
    }

    private static void national(StringBuilder b, Data d) {
        b.append("<h2>National indicators over the years</h2><div class=\"charts\">");
        b.append(chart("Outcomes of requests (share of all handled, government reports)", true, d.national(), ALL,
                "disclosure_rate", "refusal_rate", "unavailable_rate"));
        b.append(chart("Reconsideration and litigation per 100 requests", false, d.national(), ALL,
                "review_per_100_requests", "litigation_per_100_requests"));
        b.append(chart("Correction rates of concluded cases", true, d.national(), ALL,
                "review_correction_rate", "litigation_correction_rate"));
        SvgChart requests = new SvgChart("New requests by level of government (sum)", false);
        for (String level : LEVELS) {
            SortedMap<Integer, Double> s = series(d.national(), level, "requests_new");
            if (!s.isEmpty()) requests.series(level, s);
        }
        b.append(requests.render());
        b.append(chart("Proactively published items per request", false, d.national(), ALL, "proactive_per_request"));
        b.append("</div>");
    }

    private static void provinces(StringBuilder b, Data d) {
        b.append("<h2>Per province</h2>");
        TreeMap<String, String> names = new TreeMap<>();
        for (Rollup r : d.provinces()) names.putIfAbsent(r.provinceCode(), r.province() == null ? r.provinceCode() : r.province());
        if (names.isEmpty()) {
            b.append("<p class=\"note\">No province has government reports with these indicators.</p>");
            return;
        }
        for (String measure : PROVINCE_MEASURES) {
            Indicators.Indicator ind = Indicators.get(measure);
            b.append("<h3>").append(Html.escape(measure)).append("</h3><div class=\"small\">");
            for (Map.Entry<String, String> p : names.entrySet()) {
                List<Rollup> rows = d.provinces().stream().filter(r -> p.getKey().equals(r.provinceCode())).toList();
                SvgChart c = new SvgChart(p.getValue(), ind.isShare()).size(210, 140);
                c.series(measure, series(rows, ALL, measure));
                b.append(c.render());
            }
            b.append("</div>");
        }
    }

    private static void changes(StringBuilder b, Data d) {
        b.append("<h2>Largest changes against the previous report of the same government</h2>");
        if (d.changes().isEmpty()) {
            b.append("<p class=\"note\">No government has reports for two years in this dataset.</p>");
            return;
        }
        b.append("<table><tr><th>issuer</th><th>region</th><th>province</th><th>measure</th><th>year</th><th>previous</th>")
                .append("<th>value</th><th>change</th><th>%</th><th>outlier</th></tr>");
        for (Change c : d.changes()) {
            b.append("<tr><td>").append(Html.escape(c.issuer())).append("</td><td>").append(Html.escape(c.regionCode()))
                    .append("</td><td>").append(Html.escape(c.province())).append("</td><td>").append(Html.escape(c.measure()))
                    .append("</td><td class=\"n\">").append(c.year()).append("</td><td class=\"n\">")
                    .append(c.prevYear() == null ? "" : c.prevYear() + ": " + num(c.prevValue()))
                    .append("</td><td class=\"n\">").append(num(c.value())).append("</td><td class=\"n\">").append(num(c.change()))
                    .append("</td><td class=\"n\">").append(c.pctChange() == null ? "" : String.format(Locale.ROOT, "%+.0f%%", c.pctChange() * 100))
                    .append("</td><td>").append(Boolean.TRUE.equals(c.outlier()) ? "<span class=\"flag\">outlier</span>" : "")
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void failures(StringBuilder b, Data d) {
        b.append("<h2>Reports that fail consistency checks</h2>");
        if (d.failures().isEmpty()) {
            b.append("<p class=\"note\">No check failed.</p>");
            return;
        }
        if (d.failedChecks() > d.failures().size()) {
            b.append("<p class=\"note\">The first ").append(d.failures().size()).append(" of ").append(d.failedChecks())
                    .append(" failures; the checks table has them all.</p>");
        }
        b.append("<table><tr><th>report</th><th>year</th><th>check</th><th>expected</th><th>actual</th><th>detail</th><th>evidence</th></tr>");
        for (FailedCheck f : d.failures()) {
            b.append("<tr><td>").append(Html.escape(f.title() == null ? f.issuer() : f.title())).append("<br><span class=\"ev\">")
                    .append(Html.escape(f.sourcePath())).append("</span></td><td class=\"n\">").append(f.year() == null ? "" : f.year())
                    .append("</td><td>").append(Html.escape(f.check())).append("</td><td class=\"n\">").append(num(f.expected()))
                    .append("</td><td class=\"n\">").append(num(f.actual())).append("</td><td>").append(Html.escape(f.detail()))
                    .append("</td><td class=\"ev\">");
            for (String e : f.evidence()) b.append(Html.escape(e)).append("<br>");
            b.append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void coverage(StringBuilder b, Data d) {
        b.append("<h2>Data coverage: reports per year and level</h2>");
        TreeSet<Integer> years = new TreeSet<>();
        for (Coverage c : d.coverage()) years.add(c.year());
        SvgChart chart = new SvgChart("Reports per year", false);
        for (String level : LEVELS) {
            SortedMap<Integer, Double> s = new TreeMap<>();
            for (Coverage c : d.coverage()) if (level.equals(c.level())) s.merge(c.year(), (double) c.reports(), Double::sum);
            if (!s.isEmpty()) chart.series(level, s);
        }
        b.append("<div class=\"charts\">").append(chart.render()).append("</div>");
        b.append("<table><tr><th>year</th>");
        for (String level : LEVELS) b.append("<th>").append(level).append(" gov.</th><th>").append(level).append(" dept.</th>");
        b.append("<th>level unknown</th></tr>");
        for (int y : years) {
            b.append("<tr><td>").append(y).append("</td>");
            for (String level : LEVELS) {
                for (String kind : new String[]{"government", "department"}) b.append("<td class=\"n\">").append(count(d, y, level, kind)).append("</td>");
            }
            long unknown = d.coverage().stream().filter(c -> c.year() == y && c.level() == null).mapToLong(Coverage::reports).sum();
            b.append("<td class=\"n\">").append(unknown).append("</td></tr>");
        }
        b.append("</table>");
    }

    private static long count(Data d, int year, String level, String kind) {
        return d.coverage().stream().filter(c -> c.year() == year && level.equals(c.level()) && kind.equals(c.kind()))
                .mapToLong(Coverage::reports).sum();
    }

    private static String chart(String title, boolean percent, List<Rollup> rows, String level, String... measures) {
        SvgChart c = new SvgChart(title, percent);
        for (String m : measures) c.series(m, series(rows, level, m));
        return c.render();
    }

    static SortedMap<Integer, Double> series(List<Rollup> rows, String level, String measure) {
        SortedMap<Integer, Double> s = new TreeMap<>();
        for (Rollup r : rows) {
            if (level.equals(r.level()) && measure.equals(r.measure()) && r.value() != null) s.put(r.year(), r.value());
        }
        return s;
    }

    private static String num(Double v) {
        if (v == null) return "";
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", v.longValue()) : String.format(Locale.ROOT, "%.3f", v);
    }
}

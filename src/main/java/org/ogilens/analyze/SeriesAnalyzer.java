package org.ogilens.analyze;

import org.ogilens.check.CheckResult;
import org.ogilens.extract.Metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One issuer's reports over the years: the year-over-year trend of every stated metric and indicator, and the
 * cross-year checks. Where an issuer published several reports for one year (a re-publication, a corrected
 * version), the one published last is used (then the smallest doc_id) and {@code reports_in_year} says how many
 * there were. The previous report is the issuer's report of the latest earlier year, which may be more than one
 * year back ({@code prev_year} tells); cross-year checks compare consecutive years only.
 */
public final class SeriesAnalyzer {
    /** A count (metric) jump is an outlier when the larger value is at least this ... */
    public static final double OUTLIER_MIN_COUNT = 20;
    /** ... and the ratio of the two values is at least this (either direction; from 0 counts as infinite). */
    public static final double OUTLIER_RATIO = 5;
    /** A share indicator (*_rate) jump is an outlier when it moves by at least this (50 percentage points). */
    public static final double OUTLIER_SHARE_CHANGE = 0.5;
    /** A per-request indicator jump is an outlier at OUTLIER_RATIO when the larger value is at least this. */
    public static final double OUTLIER_MIN_PER_REQUEST = 1;

    public static final String CHECK_CARRY_OVER = "carry_over", CHECK_RULES = "rules_in_force",
            CHECK_NORMATIVE = "normative_in_force";
    public static final List<String> CROSS_YEAR_CHECKS = List.of(CHECK_CARRY_OVER, CHECK_RULES, CHECK_NORMATIVE);

    /** One value of one series in one year, against the previous report of the same series. */
    public record TrendPoint(String seriesId, ReportPoint report, String measure, String kind, double value,
                             Integer prevYear, Double prevValue, Double change, Double pctChange, Boolean outlier,
                             int reportsInYear) {}

    /** A cross-year check, attached to the later report. */
    public record CrossYearCheck(String docId, int year, CheckResult result) {}

    public record Result(List<TrendPoint> trends, List<CrossYearCheck> checks) {}

    private SeriesAnalyzer() {}

    public static Result analyze(String seriesId, List<ReportPoint> reports) {
        TreeMap<Integer, List<ReportPoint>> byYear = new TreeMap<>();
        for (ReportPoint r : reports) if (r.year() != null) byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        List<TrendPoint> trends = new ArrayList<>();
        List<CrossYearCheck> checks = new ArrayList<>();
        ReportPoint prev = null;
        Map<String, Double> prevValues = null;
        for (Map.Entry<Integer, List<ReportPoint>> e : byYear.entrySet()) {
            ReportPoint cur = chosen(e.getValue());
            Map<String, Double> values = values(cur);
            for (Map.Entry<String, Double> v : values.entrySet()) {
                String kind = Indicators.get(v.getKey()) != null ? "indicator" : "metric";
                Double p = prevValues == null ? null : prevValues.get(v.getKey());
                Double change = p == null ? null : v.getValue() - p;
                Double pct = p == null || p == 0 ? null : change / p;
                trends.add(new TrendPoint(seriesId, cur, v.getKey(), kind, v.getValue(), prev == null ? null : prev.year(),
                        p, change, pct, p == null ? null : outlier(v.getKey(), kind, p, v.getValue()), e.getValue().size()));
            }
            if (prev != null && prev.year() == cur.year() - 1) checks.addAll(crossYear(prev, cur));
            prev = cur;
            prevValues = values;
        }
        return new Result(trends, checks);
    }

    /** The metrics a report states, in contract order, then its computable indicators. */
    static Map<String, Double> values(ReportPoint r) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (String k : Metrics.keys()) {
            Double v = r.metrics().get(k);
            if (v != null) out.put(k, v);
        }
        for (Map.Entry<String, Double> i : Indicators.compute(r.metrics()).entrySet()) {
            if (i.getValue() != null) out.put(i.getKey(), i.getValue());
        }
        return out;
    }

    static ReportPoint chosen(List<ReportPoint> sameYear) {
        return sameYear.stream().max(Comparator
                .comparing((ReportPoint r) -> r.publishDate() == null ? "" : r.publishDate())
                .thenComparing(ReportPoint::docId, Comparator.reverseOrder())).orElseThrow();
    }

    /** Whether the move from {@code prev} to {@code cur} is beyond the documented ratio for its kind. */
    public static boolean outlier(String measure, String kind, double prev, double cur) {
        if ("indicator".equals(kind) && Indicators.get(measure).isShare()) return Math.abs(cur - prev) >= OUTLIER_SHARE_CHANGE;
        double min = "indicator".equals(kind) ? OUTLIER_MIN_PER_REQUEST : OUTLIER_MIN_COUNT;
        double hi = Math.max(Math.abs(prev), Math.abs(cur)), lo = Math.min(Math.abs(prev), Math.abs(cur));
        if (hi < min) return false;
        return lo == 0 || hi / lo >= OUTLIER_RATIO;
    }

    /**
     * Last year's carried-forward requests are this year's carried-over; this year's rules and normative documents
     * in force are last year's plus issued minus repealed. Emitted where at least one of the figures is stated.
     */
    static List<CrossYearCheck> crossYear(ReportPoint prev, ReportPoint cur) {
        List<CrossYearCheck> out = new ArrayList<>();
        Map<String, Double> p = prev.metrics(), c = cur.metrics();
        String from = prev.year() + " report " + prev.docId();
        add(out, cur, CHECK_CARRY_OVER, p.get("requests_carried_forward"), c.get("requests_carried_over"),
                "requests_carried_forward of the " + from + " vs requests_carried_over of " + cur.year(),
                p.get("requests_carried_forward") != null || c.get("requests_carried_over") != null);
        for (String[] k : new String[][]{{CHECK_RULES, "rules"}, {CHECK_NORMATIVE, "normative"}}) {
            Double before = p.get(k[1] + "_in_force"), issued = c.get(k[1] + "_issued"), repealed = c.get(k[1] + "_repealed"),
                    now = c.get(k[1] + "_in_force");
            Double expected = before == null || issued == null || repealed == null ? null : before + issued - repealed;
            add(out, cur, k[0], expected, now, k[1] + "_in_force of the " + from + " + " + k[1] + "_issued − " + k[1]
                    + "_repealed of " + cur.year() + " vs " + k[1] + "_in_force of " + cur.year(), before != null && now != null);
        }
        return out;
    }

    private static void add(List<CrossYearCheck> out, ReportPoint cur, String name, Double expected, Double actual,
                            String what, boolean applicable) {
        if (!applicable) return;
        String status = expected == null || actual == null ? CheckResult.UNCERTAIN
                : Math.abs(expected - actual) < 1e-6 ? CheckResult.PASS : CheckResult.FAIL;
        String detail = status.equals(CheckResult.UNCERTAIN) ? "figures missing: " + what : what;
        out.add(new CrossYearCheck(cur.docId(), cur.year(), new CheckResult(name, status, expected, actual, detail)));
    }
}

package org.ogilens.analyze;

import org.ogilens.extract.Metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Roll-ups of government reports (departments are left out: their cases are part of their government's figures
 * in many reports, and adding both would count them twice). A group is scope (province or national) × admin
 * level × year. Metrics are summed over the reports that state them, per level only: levels are never added
 * together. Indicators are pooled, Σ numerators / Σ denominators over the reports that state both parts, with
 * the same minimum denominator as a single report; pooled indicators are also given over all levels ("all").
 */
public final class Rollups {
    public static final String ALL_LEVELS = "all";

    /** One figure of one group: value, the pooled parts for indicators, how many reports it rests on. */
    public record Figure(String measure, String kind, Double value, Double numerator, Double denominator,
                         long reports, long governmentReports) {}

    private Rollups() {}

    /** The group keys a report counts in: its level and all levels, in its province and nationally. */
    public static List<String[]> groups(ReportPoint r) {
        List<String[]> out = new ArrayList<>();
        if (!"government".equals(r.issuerKind()) || r.year() == null || r.adminLevel() == null) return out;
        for (String level : new String[]{r.adminLevel(), ALL_LEVELS}) {
            if (r.provinceCode() != null) out.add(new String[]{"province", r.provinceCode(), level});
            out.add(new String[]{"national", null, level});
        }
        return out;
    }

    /** The figures of one group of government reports. */
    public static List<Figure> aggregate(String level, List<ReportPoint> unordered) {
        // one order whatever order the reports arrive in: a sum of fractional doubles depends on it
        List<ReportPoint> reports = new ArrayList<>(unordered);
        reports.sort(java.util.Comparator.comparing(ReportPoint::docId, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        List<Figure> out = new ArrayList<>();
        long n = reports.size();
        if (!ALL_LEVELS.equals(level)) {
            for (String k : Metrics.keys()) {
                double sum = 0;
                long stated = 0;
                for (ReportPoint r : reports) {
                    Double v = r.metrics().get(k);
                    if (v != null) { sum += v; stated++; }
                }
                if (stated > 0) out.add(new Figure(k, "sum", sum, null, null, stated, n));
            }
        }
        for (Indicators.Indicator i : Indicators.all()) {
            double num = 0, den = 0;
            long stated = 0;
            for (ReportPoint r : reports) {
                double[] p = i.partsOf(r.metrics());
                if (p != null) { num += p[0]; den += p[1]; stated++; }
            }
            if (stated > 0) out.add(new Figure(i.key(), "ratio", i.of(num, den), num, den, stated, n));
        }
        return out;
    }
}

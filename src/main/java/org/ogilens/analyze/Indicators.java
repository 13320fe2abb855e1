package org.ogilens.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Derived indicators of one report, each a ratio of stated figures: numerator and denominator are kept apart so
 * that roll-ups pool them (Σ numerators / Σ denominators) instead of averaging ratios. An indicator is null when a
 * figure it needs is not stated, and when its denominator is below the documented minimum (a rate of 1 out of 2
 * requests says nothing). No population source is bundled, so requests per 10,000 inhabitants is not offered.
 */
public final class Indicators {
    /** Requests below which a rate over requests or outcomes is null. */
    public static final double MIN_REQUESTS = 10;
    /** Concluded cases below which a correction rate is null. */
    public static final double MIN_CASES = 5;

    /** A ratio: key, formula in words, scale (1 or 100), minimum denominator, and how to read its parts. */
    public record Indicator(String key, String formula, double scale, double minDenominator,
                            Function<Map<String, Double>, double[]> parts) {
        /** {numerator, denominator}, or null when a figure is missing. */
        public double[] partsOf(Map<String, Double> m) { return parts.apply(m); }

        /** The indicator of one report or of pooled parts: null below the minimum denominator. */
        public Double of(double numerator, double denominator) {
            if (denominator < minDenominator || denominator <= 0) return null;
            return numerator * scale / denominator;
        }

        public Double value(Map<String, Double> m) {
            double[] p = partsOf(m);
            return p == null ? null : of(p[0], p[1]);
        }

        /** A fraction between 0 and 1 (as opposed to a count per 100 requests or per request). */
        public boolean isShare() { return key.endsWith("_rate"); }
    }

    private static final Map<String, Indicator> ALL = new LinkedHashMap<>();

    static {
        add("disclosure_rate", "(outcome_disclosed + outcome_partial) / outcome_total", 1, MIN_REQUESTS,
                m -> ratio(sum(m, "outcome_disclosed", "outcome_partial"), m.get("outcome_total")));
        add("refusal_rate", "outcome_withheld / outcome_total", 1, MIN_REQUESTS,
                m -> ratio(m.get("outcome_withheld"), m.get("outcome_total")));
        add("unavailable_rate", "outcome_unavailable / outcome_total", 1, MIN_REQUESTS,
                m -> ratio(m.get("outcome_unavailable"), m.get("outcome_total")));
        add("review_per_100_requests", "review_total × 100 / requests_new", 100, MIN_REQUESTS,
                m -> ratio(m.get("review_total"), m.get("requests_new")));
        add("litigation_per_100_requests", "litigation (litigation_total, else litigation_direct_total + litigation_after_review_total) × 100 / requests_new",
                100, MIN_REQUESTS, m -> ratio(litigation(m), m.get("requests_new")));
        add("review_correction_rate", "review_corrected / (review_total − review_pending): share of concluded reconsiderations that corrected the body",
                1, MIN_CASES, m -> ratio(m.get("review_corrected"), minus(m.get("review_total"), m.get("review_pending"))));
        add("litigation_correction_rate", "(litigation_direct_corrected + litigation_after_review_corrected) / concluded lawsuits "
                        + "(both groups' total − pending)", 1, MIN_CASES,
                m -> ratio(sum(m, "litigation_direct_corrected", "litigation_after_review_corrected"),
                        sumOrNull(minus(m.get("litigation_direct_total"), m.get("litigation_direct_pending")),
                                minus(m.get("litigation_after_review_total"), m.get("litigation_after_review_pending")))));
        add("proactive_per_request", "proactive_total / requests_new: items published proactively per request received", 1, MIN_REQUESTS,
                m -> ratio(m.get("proactive_total"), m.get("requests_new")));
    }

    private Indicators() {}

    public static List<Indicator> all() { return Collections.unmodifiableList(new ArrayList<>(ALL.values())); }

    public static Indicator get(String key) { return ALL.get(key); }

    /** Every indicator of one report (null where it cannot be computed), in documented order. */
    public static Map<String, Double> compute(Map<String, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Indicator i : ALL.values()) out.put(i.key(), i.value(metrics));
        return out;
    }

    /** All lawsuits: as stated, else the two groups added when both are stated. */
    static Double litigation(Map<String, Double> m) {
        Double t = m.get("litigation_total");
        return t != null ? t : sum(m, "litigation_direct_total", "litigation_after_review_total");
    }

    private static void add(String key, String formula, double scale, double min, Function<Map<String, Double>, double[]> parts) {
        ALL.put(key, new Indicator(key, formula, scale, min, parts));
    }

    private static double[] ratio(Double num, Double den) {
        return num == null || den == null ? null : new double[]{num, den};
    }

    private static Double sum(Map<String, Double> m, String a, String b) {
        return sumOrNull(m.get(a), m.get(b));
    }

    private static Double sumOrNull(Double a, Double b) {
        return a == null || b == null ? null : a + b;
    }

    private static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }
}

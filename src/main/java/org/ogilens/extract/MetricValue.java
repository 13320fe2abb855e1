package org.ogilens.extract;

/** One extracted figure with its evidence: how it was found, where in the cleaned text, and what it says there. */
public record MetricValue(String key, double value, String method, int offset, String snippet) {
    public static final String TABLE = "table", TEXT = "text", DERIVED = "derived";
}

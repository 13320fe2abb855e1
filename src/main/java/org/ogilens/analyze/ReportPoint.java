package org.ogilens.analyze;

import java.util.Map;

/**
 * One published report as the cross-report stages see it: its identity and its stated metrics (absent keys are
 * not stated). Built from a row of region_year, so these stages never re-parse a document.
 */
public record ReportPoint(String docId, String issuer, String issuerKind, String adminLevel, String regionCode,
                          String province, String provinceCode, Integer year, String publishDate,
                          Map<String, Double> metrics) {

    /**
     * The series a report belongs to: a government is one series per region (its name may change over the years,
     * 萧山市 → 萧山区, its latest code does not); a department is one series per region and name. Null when the
     * region or the year is unknown: such a report cannot be placed in a series.
     */
    public String seriesId() {
        if (regionCode == null || year == null) return null;
        if ("department".equals(issuerKind)) return regionCode + "/department/" + (issuer == null ? "" : issuer);
        return regionCode + "/government";
    }
}

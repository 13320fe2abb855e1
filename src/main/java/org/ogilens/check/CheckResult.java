package org.ogilens.check;

/** One consistency check on one report. expected/actual are null where not applicable. */
public record CheckResult(String check, String status, Double expected, Double actual, String detail) {
    public static final String PASS = "PASS", FAIL = "FAIL", UNCERTAIN = "UNCERTAIN", NOT_APPLICABLE = "NOT_APPLICABLE";
}

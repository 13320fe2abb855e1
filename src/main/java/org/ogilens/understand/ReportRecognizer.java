package org.ogilens.understand;

/**
 * Decides whether cleaned text is an open-government-information annual report: it must speak of 政府信息公开
 * (or 政务公开), call itself a yearly report, and be long enough to hold one. Everything else is a reject.
 */
public final class ReportRecognizer {
    public static final int MIN_CHARS = 300;
    private static final String[] SECTION_WORDS = {"主动公开", "依申请公开", "行政复议", "行政诉讼", "收费", "申请"};

    private ReportRecognizer() {}

    /** Null when the text is a report, else a short reason for the rejects table. */
    public static String whyNot(String text) {
        if (text.length() < MIN_CHARS) return "only " + text.length() + " characters after cleaning";
        boolean ogi = text.contains("政府信息公开") || text.contains("政务公开") || text.contains("信息公开");
        if (!ogi) return "does not mention 政府信息公开";
        boolean yearly = text.contains("年度报告") || text.contains("年报") || text.contains("工作报告")
                || text.contains("年度工作情况");
        int sections = 0;
        for (String w : SECTION_WORDS) if (text.contains(w)) sections++;
        if (!yearly) return "does not call itself an annual report (年度报告)";
        if (sections < 2) return "none of the report's parts (主动公开, 依申请公开, 行政复议 …)";
        return null;
    }
}

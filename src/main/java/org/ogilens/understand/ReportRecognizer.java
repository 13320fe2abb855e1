package org.ogilens.understand;

/**
 * Decides whether cleaned text is an open-government-information annual report: it must speak of 政府信息公开
 * (or 政务公开), call itself a yearly report, and be long enough to hold one. Everything else is a reject.
 */
public final class ReportRecognizer {
    public static final int MIN_CHARS = 300;
    private static final String[] SECTION_WORDS = {"主动公开", "依申请公开", "行政复议", "行政诉讼", "收费", "申请"};

    private static final java.util.regex.Pattern HEADER_LINE = java.util.regex.Pattern.compile(
            "(?m)^(?:标题|发布时间|文号|发布机构|栏目|原文链接|本地目录|站点|页面链接与图片详见|=+)[^\n]*$");
    private static final java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile(
            "\\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)\\b|附件下载|附件\\s*[:：]", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile(
            "(?:当前位置|您的位置)\\s*[:：][^\n]*?(?:时间\\s*[:：]\\s*[\\d-]+(?:\\s*[\\d:]+)?|$)");

    private ReportRecognizer() {}

    /**
     * Null when the page has a body, else why not: a report's page that holds only its title, page furniture and
     * an attachment link (相关链接： 2017年政府信息公开公报.doc 附件下载) is {@code no_body}, not a report of nulls.
     */
    private static final java.util.regex.Pattern REPORT_TITLE = java.util.regex.Pattern.compile(
            "(?:19|20)\\d{2}\\s*年[^\n。]{0,30}?(?:政府)?信息公开[^\n。]{0,8}?(?:年度报告|年度工作报告|工作报告|年报)");

    /** The page's first lines hold a title such as 平潭县质监局2010年政府信息公开年度工作报告. */
    static boolean titledAsReport(String text) {
        String head = text.length() > 1500 ? text.substring(0, 1500) : text;
        return REPORT_TITLE.matcher(head).find();
    }

    public static String whyNoBody(String text) {
        String body = BREADCRUMB.matcher(HEADER_LINE.matcher(text).replaceAll("")).replaceAll("");
        int han = 0;
        for (int i = 0; i < body.length(); i++) if (Character.isIdeographic(body.charAt(i))) han++;
        if (han >= 150 || !ATTACHMENT.matcher(body).find()) return null;
        return "only a title and an attachment link (" + han + " characters of text outside the page header)";
    }

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
        // a report in narrative form (工作开展情况, 存在问题…) is still a report when its title says so
        if (sections < 2 && !titledAsReport(text)) return "none of the report's parts (主动公开, 依申请公开, 行政复议 …)";
        return null;
    }
}

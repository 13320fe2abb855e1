package org.ogilens.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metric keys of METRICS.md, in contract order, each with its Chinese label. One place for all of them. */
public final class Metrics {
    public record Metric(String key, String label, String group) {}

    private static final Map<String, Metric> BY_KEY = new LinkedHashMap<>();

    static {
        g("proactive", "proactive_total:主动公开政府信息总数", "proactive_website:通过政府网站公开", "proactive_weibo:政务微博",
                "proactive_weixin:政务微信", "proactive_gazette:政府公报");
        g("requests", "requests_new:本年新收/受理的申请", "requests_carried_over:上年结转",
                "requests_new_natural:本年新收 自然人", "requests_new_commercial:本年新收 商业企业",
                "requests_new_research:本年新收 科研机构", "requests_new_public_interest:本年新收 社会公益组织",
                "requests_new_legal_service:本年新收 法律服务机构", "requests_new_other_org:本年新收 其他组织",
                "requests_in_person:当面/现场申请", "requests_letter:信函申请", "requests_online:网络/网上申请",
                "requests_fax:传真申请", "requests_email:电子邮件申请");
        g("outcomes", "outcome_disclosed:予以公开", "outcome_partial:部分公开", "outcome_withheld:不予公开 (8 reasons)",
                "outcome_unavailable:无法提供 (3 reasons)", "outcome_not_processed:不予处理 (5 reasons)",
                "outcome_other:其他处理", "outcome_total:办理结果 总计", "requests_carried_forward:结转下年度继续办理",
                "withheld_state_secret:属于国家秘密", "withheld_law_prohibited:其他法律行政法规禁止公开",
                "withheld_three_safety:危及“三安全一稳定”", "withheld_third_party:保护第三方合法权益",
                "withheld_internal_affairs:属于三类内部事务信息", "withheld_process_info:属于四类过程性信息",
                "withheld_enforcement_file:属于行政执法案卷", "withheld_query_matter:属于行政查询事项",
                "unavailable_not_held:本机关不掌握相关政府信息", "unavailable_needs_creation:没有现成信息需要另行制作",
                "unavailable_unclear:补正后申请内容仍不明确", "not_processed_petition:信访举报投诉类申请",
                "not_processed_repeat:重复申请", "not_processed_publication:要求提供公开出版物",
                "not_processed_mass:无正当理由大量反复申请", "not_processed_confirmation:要求行政机关确认或重新出具已获取信息",
                "other_overdue_correction:申请人无正当理由逾期不补正", "other_overdue_fee:申请人逾期未按收费通知要求缴纳费用",
                "other_misc:其他处理 其他");
        List<String> review = new ArrayList<>();
        for (String[] grp : new String[][]{{"review", "行政复议"}, {"litigation_direct", "行政诉讼 未经复议直接起诉"},
                {"litigation_after_review", "行政诉讼 复议后起诉"}}) {
            review.add(grp[0] + "_upheld:" + grp[1] + " 结果维持");
            review.add(grp[0] + "_corrected:" + grp[1] + " 结果纠正");
            review.add(grp[0] + "_other:" + grp[1] + " 其他结果");
            review.add(grp[0] + "_pending:" + grp[1] + " 尚未审结");
            review.add(grp[0] + "_total:" + grp[1] + " 总计");
        }
        review.add("litigation_total:行政诉讼 总数 (直接起诉 + 复议后起诉)");
        review.add("complaints_total:申诉 / 举报投诉");
        g("review_litigation", review.toArray(new String[0]));
        g("costs", "fees_collected_yuan:依申请公开收取的费用 (元)", "staff_total:从事政府信息公开工作人员",
                "staff_full_time:专职人员", "staff_part_time:兼职人员", "spending_yuan:政府信息公开工作经费 (元)",
                "consultations_total:咨询 (人次)");
        g("article20", "rules_made:规章 本年新制作", "rules_published:规章 本年新公开", "rules_public_total:规章 对外公开总数量",
                "normative_made:规范性文件 本年新制作", "normative_published:规范性文件 本年新公开",
                "normative_public_total:规范性文件 对外公开总数量", "rules_issued:规章 本年制发", "rules_repealed:规章 本年废止",
                "rules_in_force:规章 现行有效", "normative_issued:行政规范性文件 本年制发",
                "normative_repealed:行政规范性文件 本年废止", "normative_in_force:行政规范性文件 现行有效",
                "licensing_items_prev:行政许可 上一年项目数量", "licensing_items_change:行政许可 本年增/减",
                "licensing_decisions:行政许可 处理决定数量", "other_services_items_prev:其他对外管理服务事项 上一年项目数量",
                "other_services_items_change:其他对外管理服务事项 本年增/减",
                "other_services_decisions:其他对外管理服务事项 处理决定数量", "penalty_items_prev:行政处罚 上一年项目数量",
                "penalty_items_change:行政处罚 本年增/减", "penalty_decisions:行政处罚 处理决定数量",
                "coercion_items_prev:行政强制 上一年项目数量", "coercion_items_change:行政强制 本年增/减",
                "coercion_decisions:行政强制 处理决定数量", "admin_fees_items_prev:行政事业性收费 上一年项目数量",
                "admin_fees_items_change:行政事业性收费 本年增/减", "admin_fees_10k_yuan:行政事业性收费 本年收费金额 (万元)",
                "procurement_items:政府集中采购 采购项目数量", "procurement_amount_10k_yuan:政府集中采购 采购总金额 (万元)");
    }

    private static void g(String group, String... entries) {
        for (String e : entries) {
            int c = e.indexOf(':');
            String key = e.substring(0, c);
            BY_KEY.put(key, new Metric(key, e.substring(c + 1), group));
        }
    }

    private Metrics() {}

    public static List<Metric> all() { return Collections.unmodifiableList(new ArrayList<>(BY_KEY.values())); }

    public static List<String> keys() { return new ArrayList<>(BY_KEY.keySet()); }

    public static boolean isKey(String key) { return BY_KEY.containsKey(key); }

    public static Metric get(String key) {
        Metric m = BY_KEY.get(key);
        if (m == null) throw new IllegalArgumentException("not a METRICS.md key: " + key);
        return m;
    }

    /** Each outcome group (first) and its reasons, in table order: the group is the sum of its reasons. */
    public static final String[][] OUTCOME_GROUPS = {
            {"outcome_withheld", "withheld_state_secret", "withheld_law_prohibited", "withheld_three_safety",
                    "withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
                    "withheld_enforcement_file", "withheld_query_matter"},
            {"outcome_unavailable", "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear"},
            {"outcome_not_processed", "not_processed_petition", "not_processed_repeat", "not_processed_publication",
                    "not_processed_mass", "not_processed_confirmation"},
            {"outcome_other", "other_overdue_correction", "other_overdue_fee", "other_misc"},
    };

    /** Applicant columns of the requests table, in their fixed order. */
    public static final List<String> APPLICANTS = List.of("natural", "commercial", "research", "public_interest",
            "legal_service", "other_org", "total");
}

package org.ogilens.generate;

import org.ogilens.generate.Doc.Cell;
import org.ogilens.generate.GeneratorRegions.Division;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One synthetic report: its truth (identity and every figure it states) and its logical content. The figures
 * are drawn first and consistent by construction (the balance, the group sums, the column sums), then written
 * out in the words and tables of the report's generation. Whatever the document does not state is null in the
 * truth: an image-only table, a truncated table, an approximate figure.
 *
 * <p>Everything here is written independently of the extractor: its own labels, its own number formatting.
 */
final class SyntheticReport {
    static final String[] APPLICANT_HEADERS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
    static final String[] APPLICANT_KEYS = {"natural", "commercial", "research", "public_interest", "legal_service",
            "other_org", "total"};

    /** Request-table rows: key, label as printed, and the group label printed before the first reason. */
    private static final String[][] WITHHELD = {
            {"withheld_state_secret", "1.属于国家秘密"}, {"withheld_law_prohibited", "2.其他法律行政法规禁止公开"},
            {"withheld_three_safety", "3.危及“三安全一稳定”"}, {"withheld_third_party", "4.保护第三方合法权益"},
            {"withheld_internal_affairs", "5.属于三类内部事务信息"}, {"withheld_process_info", "6.属于四类过程性信息"},
            {"withheld_enforcement_file", "7.属于行政执法案卷"}, {"withheld_query_matter", "8.属于行政查询事项"}};
    private static final String[][] UNAVAILABLE = {
            {"unavailable_not_held", "1.本机关不掌握相关政府信息"}, {"unavailable_needs_creation", "2.没有现成信息需要另行制作"},
            {"unavailable_unclear", "3.补正后申请内容仍不明确"}};
    private static final String[][] NOT_PROCESSED = {
            {"not_processed_petition", "1.信访举报投诉类申请"}, {"not_processed_repeat", "2.重复申请"},
            {"not_processed_publication", "3.要求提供公开出版物"}, {"not_processed_mass", "4.无正当理由大量反复申请"},
            {"not_processed_confirmation", "5.要求行政机关确认或重新出具已获取信息"}};
    private static final String[][] OTHER_2021 = {
            {"other_overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"other_overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            {"other_misc", "3.其他"}};
    private static final String[] DEPARTMENTS = {"财政局", "教育局", "民政局", "司法局", "审计局", "交通运输局", "生态环境局",
            "自然资源局", "住房和城乡建设局", "人力资源和社会保障局", "卫生健康委员会", "市场监督管理局", "农业农村局", "应急管理局",
            "统计局", "水利局", "商务局", "文化和旅游局", "医疗保障局", "发展和改革委员会"};

    // ---------------------------------------------------------------- truth
    final Division division;
    final String issuerKind;
    final int year;
    final String format;
    final LocalDate published;
    /** Whether the report states its statistical period (METRICS.md: the period "where stated"). */
    boolean periodStated;
    /** Every figure the report states, by METRICS.md key; a key mapped to null is known not to be stated. */
    final Map<String, Double> metrics = new LinkedHashMap<>();
    final List<String> warningsExpected = new ArrayList<>();
    final Doc doc;

    private final Random r;
    private final Style style;
    private final GeneratorRegions regions;
    private final String scope;       // 全市 / 本局 / 本镇: how the report names the issuer's own scope
    private final String ownName;      // the body, named in full
    private final String titleName;    // the body as its title names it (an abbreviation for some departments)

    /** The issuer's report of the year before, for a series of one issuer (null for a lone report or a series' first). */
    private final SyntheticReport previous;
    /** Whether this report breaks the continuity with {@link #previous} on purpose (a genuine error of a source). */
    private final boolean breakCarryOver, breakInForce;
    /** Requests carried forward per applicant column (std tables), rules and normative documents in force. */
    private double[] carriedForward;
    private Double rulesInForce, normativeInForce;

    SyntheticReport(Random r, GeneratorRegions regions) {
        this(r, regions, 0, null);
    }

    /**
     * A report of {@code reportYear} (0: a year drawn at random); with {@code previous}, by the same issuer a year later: the same body and name, last
     * year's carried-forward requests carried over and last year's rules in force carried on, except where the
     * report breaks that on purpose (about one pair in six).
     */
    SyntheticReport(Random r, GeneratorRegions regions, int reportYear, SyntheticReport previous) {
        this.r = r;
        this.regions = regions;
        this.style = new Style(r);
        // year 0: drawn here, after the style. The first draws of java.util.Random for neighbouring seeds are alike,
        // so a year drawn first would be nearly the same for every report of a corpus
        this.year = reportYear > 0 ? reportYear : 2009 + r.nextInt(16);
        this.previous = previous;
        this.breakCarryOver = previous != null && r.nextDouble() < 0.15;
        this.breakInForce = previous != null && r.nextDouble() < 0.15;
        String level;
        String zone = null;
        if (previous == null) {
            double lv = r.nextDouble();
            level = lv < 0.05 ? "province" : lv < 0.30 ? "prefecture" : lv < 0.75 ? "county" : "township";
            // a functional zone's body, for the division that hosts it (平潭综合实验区 → 平潭县)
            String[] z = ZONES[r.nextInt(ZONES.length)];
            if (r.nextDouble() < 0.04 && year >= Integer.parseInt(z[2]) && regions.byCode(z[1]) != null) {
                zone = z[0];
                this.division = regions.byCode(z[1]);
                level = division.level();
            } else {
                this.division = regions.pick(level, year, r);
            }
            this.issuerKind = !level.equals("township") && r.nextDouble() < 0.3 ? "department" : "government";
        } else {
            this.division = previous.division;
            level = division.level();
            this.issuerKind = previous.issuerKind;
        }
        this.format = year <= 2018 ? "free_text" : year <= 2020 ? "std_2019" : "std_2021";
        this.published = LocalDate.of(year + 1, 1 + r.nextInt(3), 1 + r.nextInt(28));
        if (previous == null) {
            String place = zone != null ? zone : placeName();
            String dept = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
            this.ownName = issuerKind.equals("department") ? place + dept : zone != null ? zone + "管委会办公室" : governmentName(place);
            // a department's title often names it without its place (区财政局, 财政局); the page names it in full
            boolean abbreviated = issuerKind.equals("department") && zone == null && r.nextDouble() < 0.15;
            this.titleName = abbreviated ? (r.nextBoolean() ? "" : localPrefix()) + dept : ownName;
        } else {
            this.ownName = previous.ownName;
            this.titleName = previous.titleName;
        }
        this.scope = previous != null ? previous.scope : issuerKind.equals("department") ? pick("本局", "本机关", "本单位", "我局")
                : switch (level) {
                    case "province" -> "全省";
                    case "prefecture" -> division.name().endsWith("州") ? "全州" : division.name().endsWith("盟") ? "全盟" : "全市";
                    case "county" -> division.name().endsWith("区") ? "全区" : division.name().endsWith("县") ? "全县" : "全市";
                    default -> division.name().endsWith("街道") ? "本街道" : division.name().endsWith("乡") ? "全乡" : "全镇";
                };
        this.doc = new Doc(title());
        doc.published = published;
        doc.publisher = ownName;
        frontMatter();
        if (format.equals("free_text")) freeText();
        else standard();
        backMatter();
    }

    // ---------------------------------------------------------------- identity

    /** The region as the title names it: with parents when its name alone is ambiguous (and sometimes anyway). */
    private String placeName() {
        Division d = division;
        switch (d.level()) {
            case "province":
                return d.name();
            case "prefecture":
                return regions.uniqueName(d) && r.nextBoolean() ? d.name() : d.province() + d.name();
            case "county": {
                String parent = d.prefecture() != null ? d.prefecture() : d.province();
                if (regions.uniqueName(d) && r.nextDouble() < 0.5) return d.name();
                return r.nextDouble() < 0.3 ? d.province() + (d.prefecture() == null ? "" : d.prefecture()) + d.name() : parent + d.name();
            }
            default: {
                String county = d.county();
                String pre = d.prefecture() != null ? d.prefecture() : "";
                if (!regions.uniqueInCounty(d)) return d.province() + pre + county + d.name();
                return r.nextDouble() < 0.4 ? pre + county + d.name() : r.nextDouble() < 0.5 ? d.province() + pre + county + d.name() : county + d.name();
            }
        }
    }

    /** Functional zones that are not divisions, with their host division and the year they were set up. */
    private static final String[][] ZONES = {{"平潭综合实验区", "350128", "2012"}, {"广州南沙新区", "440115", "2013"},
            {"青岛西海岸新区", "370211", "2015"}};

    /** 区, 县 or 市, as the division's own name ends: how a department names its government's level. */
    private String localPrefix() {
        String n = division.name();
        char last = n.charAt(n.length() - 1);
        return "区县市州".indexOf(last) >= 0 ? String.valueOf(last) : "";
    }

    private String governmentName(String place) {
        if (division.level().equals("township") && division.name().endsWith("街道")) return place + "办事处";
        double x = r.nextDouble();
        return x < 0.5 ? place + "人民政府" : x < 0.7 ? place + "人民政府办公室" : place;
    }

    private String title() {
        String y = format.equals("free_text") && r.nextDouble() < 0.15 ? chineseYear(year) : String.valueOf(year);
        return switch (r.nextInt(4)) {
            case 0 -> titleName + y + "年政府信息公开工作年度报告";
            case 1 -> y + "年" + titleName + "政府信息公开工作年度报告";
            case 2 -> titleName + y + "年度政府信息公开工作报告";
            default -> titleName + "关于" + y + "年度政府信息公开工作的年度报告";
        };
    }

    private static String chineseYear(int y) {
        String digits = "〇一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(y).toCharArray()) b.append(digits.charAt(c - '0'));
        return b.toString();
    }

    private void frontMatter() {
        doc.furniture(pick("首页 > 政务公开 > 政府信息公开年报", "当前位置：首页 > 信息公开 > 年度报告", "您当前的位置：首页>>政府信息公开>>政府信息公开年报"));
        String date = r.nextBoolean() ? published.toString()
                : published.getYear() + "年" + published.getMonthValue() + "月" + published.getDayOfMonth() + "日";
        String dateLabel = pick("发布时间", "发布日期", "成文日期");
        if (division.level().equals("township") && r.nextDouble() < 0.5) {
            // the metadata names the body, and the index number carries its county's division code
            String code = division.parentCode();
            String credit = "11" + code + String.format("%09d", r.nextInt(1_000_000_000)).substring(0, 8) + "X" + r.nextInt(10);
            doc.furniture("索引号：" + credit + "/" + (year + 1) + "-" + String.format("%05d", r.nextInt(99999)));
            doc.furniture("发文机关：" + division.name() + "    " + dateLabel + "：" + date);
        } else {
            doc.furniture("发布机构：" + ownName + "    " + dateLabel + "：" + date + "    " + pick("字体：[ 大 中 小 ]", "【字体：大 中 小】", "浏览次数：" + r.nextInt(5000)));
        }
        doc.para(doc.title);
        String lead = "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）" + pick("要求", "规定", "和有关要求")
                + "，由" + ownName + "编制。";
        if (r.nextDouble() < 0.3) {
            periodStated = true;
            lead += "本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。";
        }
        if (r.nextDouble() < 0.3) lead += "本报告的电子版可在" + ownName.replace("办公室", "") + "门户网站下载。";
        doc.para(lead);
    }

    private void backMatter() {
        // signed by the body in full, dated the day it was published
        doc.para(ownName + " " + published.getYear() + "年" + published.getMonthValue() + "月" + published.getDayOfMonth() + "日");
        if (r.nextDouble() < 0.6) doc.furniture(pick("打印本页  关闭窗口", "【打印】【关闭】", "分享到：微信 微博 QQ空间"));
        if (r.nextDouble() < 0.4) doc.furniture("主办：" + ownName + "  网站标识码：" + division.code() + "0001  ICP备" + (10000000 + r.nextInt(89999999)) + "号");
    }

    // ---------------------------------------------------------------- free text (2008–2018)

    private void freeText() {
        doc.para("一、概述");
        doc.para(year + "年，" + scope + "政府信息公开工作" + pick("在上级的正确领导下", "按照上级部署", "紧紧围绕中心工作")
                + "，认真贯彻落实《条例》，" + pick("不断完善工作机制", "进一步健全制度", "加强平台建设") + "。全年组织业务培训"
                + (1 + r.nextInt(9)) + "次，参训人员" + (10 + r.nextInt(300)) + "人次。");
        doc.para("二、主动公开政府信息情况");
        proactiveProse(true);
        doc.para("三、依申请公开政府信息情况");
        requestsProse();
        doc.para("四、政府信息公开的收费及减免情况");
        feesProse();
        doc.para("五、因政府信息公开申请行政复议、提起行政诉讼的情况");
        reviewProse();
        doc.para("六、存在的主要问题及改进措施");
        doc.para("一是" + pick("公开内容不够全面", "部分单位重视不够", "公开形式较为单一") + "；二是"
                + pick("队伍建设有待加强", "信息更新不够及时", "依申请公开办理不够规范") + "。下一步，将" + pick("加强培训", "完善制度", "强化考核") + "。");
        if (r.nextDouble() < 0.5) {
            doc.para("七、工作人员及经费情况");
            staffProse();
        }
        if (year <= 2012 && r.nextDouble() < 0.4) oldStatisticsTable();
        if (r.nextDouble() < 0.4) {
            doc.para("八、咨询情况");
            int c = r.nextInt(3000);
            set("consultations_total", c);
            doc.para(pick("全年共接受公众咨询", "全年接受群众咨询", "共接受政府信息公开咨询") + c + "人次。");
        }
    }

    private void proactiveProse(boolean freeText) {
        int total = size(50, 200_000);
        boolean approx = freeText && r.nextDouble() < 0.08;
        boolean cumulativeFirst = freeText && r.nextDouble() < 0.2;
        if (cumulativeFirst) {
            doc.para(pick("自2008年《条例》实施以来，", "自条例施行以来，" + scope, "历年") + "累计主动公开政府信息" + (total * (2 + r.nextInt(8))) + "条。");
        }
        String lead = switch (r.nextInt(4)) {
            case 0 -> year + "年，" + scope + "共主动公开政府信息";
            case 1 -> "全年" + scope + "主动公开各类政府信息";
            case 2 -> "本年度主动公开政府信息总数为";
            default -> "截至" + year + "年底，" + scope + "累计主动公开政府信息";
        };
        if (approx) {
            doc.para(lead + "约" + total + "条。");
            set("proactive_total", null);
            warningsExpected.add("approximate");
        } else {
            doc.para(lead + style.prose(total) + "条。");
            set("proactive_total", total);
        }
        List<String> parts = new ArrayList<>();
        if (r.nextDouble() < 0.8) {
            int w = r.nextInt(total + 1);
            set("proactive_website", w);
            parts.add(pick("通过政府网站公开", "在政府门户网站发布", "通过门户网站公开信息") + w + "条");
        }
        if (r.nextDouble() < 0.6) {
            int w = r.nextInt(total / 2 + 1);
            set("proactive_weibo", w);
            parts.add(pick("政务微博发布", "通过政务微博发布信息") + w + "条");
        }
        if (r.nextDouble() < 0.6) {
            int w = r.nextInt(total / 2 + 1);
            set("proactive_weixin", w);
            parts.add(pick("政务微信发布", "通过政务微信公众号推送信息") + w + "条");
        }
        if (r.nextDouble() < 0.3) {
            int w = r.nextInt(200);
            set("proactive_gazette", w);
            parts.add(pick("政府公报刊登", "通过政府公报公开") + w + "条");
        }
        if (!parts.isEmpty()) doc.para("其中，" + String.join("，", parts) + "。");
        if (freeText && !cumulativeFirst && r.nextDouble() < 0.2) {
            doc.para("自" + (2008 + r.nextInt(Math.max(1, year - 2008))) + "年以来，" + scope + "累计公开政府信息" + (total * (2 + r.nextInt(8))) + "条。");
        }
    }

    private void requestsProse() {
        boolean none = r.nextDouble() < 0.15;
        if (none) {
            doc.para(pick("全年未收到政府信息公开申请。", "本年度" + scope + "没有收到依申请公开政府信息的申请。", year + "年，未收到公民、法人或其他组织提出的政府信息公开申请。"));
            set("requests_new", 0);
            // no request received: in a free-text report no channel had one and nothing was answered
            if (format.equals("free_text")) {
                for (String k : new String[]{"requests_in_person", "requests_online", "requests_letter", "requests_fax", "requests_email",
                        "outcome_disclosed", "outcome_partial", "outcome_withheld", "outcome_unavailable", "outcome_not_processed",
                        "outcome_other", "outcome_total"}) set(k, 0);
            }
            return;
        }
        int n = size(1, 3000);
        String num = n <= 20 && r.nextDouble() < 0.3 ? chineseCount(n) : style.prose(n);
        doc.para(pick(year + "年，" + scope + "共受理政府信息公开申请", "全年" + scope + "共收到政府信息公开申请", "本年度共受理依申请公开政府信息申请")
                + num + pick("件", "件", "宗") + "。");
        set("requests_new", n);
        if (issuerKind.equals("government") && !division.level().equals("township") && r.nextDouble() < 0.25) {
            doc.para("其中，" + pick("市本级", "本级", "县本级") + "受理" + r.nextInt(n + 1) + "件。");
        }
        if (r.nextDouble() < 0.5) {
            String[] asked = {"土地征收", "房屋拆迁", "社会保障", "财政资金", "城乡规划", "环境保护", "行政执法", "人事招聘", "养老保险", "项目审批"};
            List<String> items = new ArrayList<>();
            for (int k = 0, m = 2 + r.nextInt(3); k < m; k++) {
                String a = asked[r.nextInt(asked.length)];
                if (!items.contains(a)) items.add(a);
            }
            doc.para(pick("申请内容主要涉及", "申请事项主要集中在") + String.join("、", items) + "等方面。");
        }
        // channels: a split of n
        if (r.nextDouble() < 0.6) {
            int[] parts = split(n, 3 + r.nextInt(3));
            String[][] words = {{"requests_in_person", "当面申请"}, {"requests_online", "网上申请"}, {"requests_letter", "信函申请"},
                    {"requests_fax", "传真申请"}, {"requests_email", "电子邮件申请"}};
            List<String> s = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                set(words[i][0], parts[i]);
                s.add(words[i][1] + parts[i] + "件");
            }
            doc.para("从申请方式看，" + String.join("，", s) + "。");
        }
        if (r.nextDouble() < 0.6) {
            int[] o = split(n, 3);
            set("outcome_disclosed", o[0]);
            set("outcome_partial", o[1]);
            set("outcome_withheld", o[2]);
            doc.para("已办结的申请中，" + pick("同意公开", "予以公开") + o[0] + "件，" + pick("同意部分公开", "部分公开") + o[1] + "件，不予公开" + o[2] + "件。");
        }
    }

    private void feesProse() {
        double x = r.nextDouble();
        if (x < 0.6) {
            set("fees_collected_yuan", 0);
            doc.para(pick("全年未收取任何费用。", "本年度依申请公开政府信息均为免费提供，没有收取任何费用。", scope + "在政府信息公开工作中未收取任何费用。"));
        } else if (x < 0.8) {
            int yuan = 10 + r.nextInt(2000);
            set("fees_collected_yuan", yuan);
            doc.para("全年共收取检索、复制、邮寄等费用" + yuan + "元。");
        } else if (x < 0.9) {
            int hundreds = 1 + r.nextInt(900);
            set("fees_collected_yuan", hundreds * 100);
            doc.para("全年依申请公开收取费用" + fmt4(hundreds / 100.0) + "万元。");
        } else {
            doc.para("本年度依申请公开工作按照规定标准执行。");
        }
    }

    private void reviewProse() {
        double x = r.nextDouble();
        if (x < 0.55) {
            set("review_total", 0);
            set("litigation_total", 0);
            doc.para(pick("全年未发生因政府信息公开申请提起行政复议、行政诉讼的情况。", "本年度没有出现因政府信息公开申请提起行政复议或行政诉讼的情况。",
                    scope + "未发生有关政府信息公开的行政复议和行政诉讼案件。"));
        } else if (x < 0.85) {
            int a = r.nextInt(12), b = r.nextInt(8);
            set("review_total", a);
            set("litigation_total", b);
            doc.para("全年因政府信息公开申请提起行政复议" + a + "件，提起行政诉讼" + b + "件。");
        } else {
            doc.para("本年度" + scope + "妥善处理政府信息公开工作中的各类问题。");
        }
        if (r.nextDouble() < 0.3) {
            set("complaints_total", 0);
            doc.para("全年未收到有关政府信息公开工作的举报投诉。");
        }
    }

    private void staffProse() {
        int full = r.nextInt(20), part = r.nextInt(80);
        if (r.nextBoolean()) {
            set("staff_total", full + part);
            set("staff_full_time", full);
            set("staff_part_time", part);
            doc.para(scope + "从事政府信息公开工作的人员共" + (full + part) + "人，其中专职人员" + full + "人，兼职人员" + part + "人。");
        } else {
            set("staff_full_time", full);
            set("staff_part_time", part);
            doc.para(scope + "配备政府信息公开专职人员" + full + "人，兼职人员" + part + "人。");
        }
        if (r.nextBoolean()) {
            int tenThousandths = 1 + r.nextInt(500);
            set("spending_yuan", tenThousandths * 100);
            doc.para("全年政府信息公开工作经费" + fmt4(tenThousandths / 100.0) + "万元。");
        }
    }

    /**
     * The statistics table appended to early free-text reports: one row per indicator with its unit, this
     * year's figure and the cumulative one (columns in either order, as the header says). The table states
     * this year's figures; where the prose already stated one, the table repeats it.
     */
    private void oldStatisticsTable() {
        boolean annualFirst = r.nextDouble() < 0.8;
        String[][] rows = {
                {"一、主动公开情况", null, null},
                {"（一）主动公开政府信息数", "条", "proactive_total"},
                {"二、依申请公开情况", null, null},
                {"（一）收到申请数", "件", "requests_new"},
                {"1.当面申请数", "件", "requests_in_person"},
                {"2.传真申请数", "件", "requests_fax"},
                {"3.网络申请数", "件", "requests_online"},
                {"4.信函申请数", "件", "requests_letter"},
                {"（二）申请答复数", "件", null},
                {"1.同意公开答复数", "件", "outcome_disclosed"},
                {"2.同意部分公开答复数", "件", "outcome_partial"},
                {"3.不同意公开答复数", "件", "outcome_withheld"},
                {"三、行政复议数量", "件", "review_total"},
                {"四、行政诉讼数量", "件", "litigation_total"},
                {"五、举报投诉数量", "件", "complaints_total"},
                {"六、依申请公开信息收取的费用", "万元", "fees_collected_yuan"},
                {"七、从事政府信息公开工作人员数", "人", "staff_total"},
                {"1.专职人员数", "人", "staff_full_time"},
                {"2.兼职人员数", "人", "staff_part_time"},
        };
        // staff: the total is the sum of full- and part-time staff, whoever states them first
        if (metrics.get("staff_full_time") == null) set("staff_full_time", r.nextInt(10));
        if (metrics.get("staff_part_time") == null) set("staff_part_time", r.nextInt(40));
        set("staff_total", metrics.get("staff_full_time") + metrics.get("staff_part_time"));
        List<List<Cell>> t = new ArrayList<>();
        t.add(List.of(Cell.label("统计指标"), Cell.label("单位"), Cell.label(annualFirst ? "本年数" : "累计数"),
                Cell.label(annualFirst ? "累计数" : "本年数")));
        for (String[] row : rows) {
            if (row[1] == null || row[2] == null) {
                t.add(List.of(Cell.label(row[0])));
                continue;
            }
            Double v = metrics.get(row[2]);
            double annual;
            if (v != null) {
                annual = v;
            } else if (row[2].equals("fees_collected_yuan")) {
                annual = r.nextDouble() < 0.7 ? 0 : 100 * (1 + r.nextInt(500));
            } else {
                annual = r.nextDouble() < 0.4 ? 0 : r.nextInt(row[2].equals("proactive_total") ? 20000 : 60);
            }
            set(row[2], annual);
            boolean tenThousand = row[1].equals("万元");
            double cumulative = annual + (tenThousand ? 100 * r.nextInt(500) : r.nextInt(row[2].startsWith("staff") ? 1 : 5000));
            String a = tenThousand ? fmt4(annual / 10000) : style.cell(annual);
            String c = tenThousand ? fmt4(cumulative / 10000) : style.cell(cumulative);
            t.add(List.of(Cell.label(row[0]), Cell.label(row[1]), Cell.value(annualFirst ? a : c), Cell.value(annualFirst ? c : a)));
        }
        warningsExpected.remove("approximate");   // the table states the figure the prose gave roughly
        doc.para("附表：" + year + "年政府信息公开情况统计表");
        doc.blocks.add(new Doc.Table("old_statistics", t));
    }

    // ---------------------------------------------------------------- standard formats (2019–)

    private void standard() {
        boolean y2021 = format.equals("std_2021");
        boolean images = r.nextDouble() < 0.08;
        doc.para("一、总体情况");
        doc.para(year + "年，" + ownName + "深入贯彻落实新修订的《中华人民共和国政府信息公开条例》，" + pick("坚持以公开为常态", "围绕中心工作", "持续深化政务公开")
                + "，" + pick("不断提升政务公开质量", "切实保障人民群众知情权、参与权、表达权、监督权", "推进决策、执行、管理、服务、结果公开") + "。");
        doc.para("（一）主动公开。");
        proactiveProse(false);
        Grid g = new Grid(y2021);
        if (r.nextDouble() < 0.4) {
            doc.para("（二）依申请公开。全年" + pick("共收到", "新收") + "政府信息公开申请" + g.total(0) + "件。");
            set("requests_new", g.total(0));
        }
        doc.para("二、主动公开政府信息情况");
        if (images) doc.blocks.add(new Doc.Image(pick("图片1.png", "11.png", "u" + r.nextInt(999) + ".jpg")));
        else article20(y2021);
        doc.para("三、收到和处理政府信息公开申请情况");
        if (images) doc.blocks.add(new Doc.Image(pick("图片2.png", "12.png", "u" + r.nextInt(999) + ".jpg")));
        else g.write();
        doc.para("四、政府信息公开行政复议、行政诉讼情况");
        if (images) doc.blocks.add(new Doc.Image(pick("图片3.png", "13.png", "u" + r.nextInt(999) + ".jpg")));
        else reviewTable();
        if (images) warningsExpected.add("table_image_only");
        doc.para("五、存在的主要问题及改进情况");
        doc.para("一是" + pick("政务公开的主动性有待提高", "公开内容的解读不够", "基层政务公开标准化规范化有待加强") + "。二是" + pick("队伍专业化水平不高", "平台建设需进一步完善")
                + "。下一步，" + pick("将进一步强化培训", "持续完善制度机制", "加强监督考核") + "。");
        doc.para("六、其他需要报告的事项");
        if (r.nextDouble() < 0.5) {
            set("fees_collected_yuan", 0);
            doc.para(pick("本年度未收取信息处理费。", "本机关未收取政府信息公开信息处理费。", "本年度无其他需要报告的事项，未收取信息处理费。"));
        } else {
            doc.para("本机关无其他需要报告的事项。");
        }
    }

    private void article20(boolean y2021) {
        List<List<Cell>> rows = new ArrayList<>();
        if (y2021) {
            header(rows, "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
            double[] rules = inForce(small(4), small(2), small(30), previous == null ? null : previous.rulesInForce);
            double[] normative = inForce(small(40), small(20), small(300), previous == null ? null : previous.normativeInForce);
            rulesInForce = rules[2];
            normativeInForce = normative[2];
            valueRow(rows, "规章", new String[]{"rules_issued", "rules_repealed", "rules_in_force"}, rules);
            valueRow(rows, "行政规范性文件", new String[]{"normative_issued", "normative_repealed", "normative_in_force"}, normative);
            header(rows, "第二十条第（五）项", "信息内容", "本年处理决定数量");
            valueRow(rows, "行政许可", new String[]{"licensing_decisions"}, size(0, 400_000));
            header(rows, "第二十条第（六）项", "信息内容", "本年处理决定数量");
            valueRow(rows, "行政处罚", new String[]{"penalty_decisions"}, size(0, 200_000));
            valueRow(rows, "行政强制", new String[]{"coercion_decisions"}, size(0, 5_000));
            header(rows, "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）");
            valueRow(rows, "行政事业性收费", new String[]{"admin_fees_10k_yuan"}, amount());
        } else {
            header(rows, "第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
            valueRow(rows, "规章", new String[]{"rules_made", "rules_published", "rules_public_total"}, small(4), small(4), small(30));
            valueRow(rows, "规范性文件", new String[]{"normative_made", "normative_published", "normative_public_total"}, small(40), small(40), small(300));
            header(rows, "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
            valueRow(rows, "行政许可", new String[]{"licensing_items_prev", "licensing_items_change", "licensing_decisions"}, small(800), change(), size(0, 400_000));
            valueRow(rows, "其他对外管理服务事项", new String[]{"other_services_items_prev", "other_services_items_change", "other_services_decisions"}, small(300), change(), size(0, 50_000));
            header(rows, "第二十条第（六）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
            valueRow(rows, "行政处罚", new String[]{"penalty_items_prev", "penalty_items_change", "penalty_decisions"}, small(3000), change(), size(0, 200_000));
            valueRow(rows, "行政强制", new String[]{"coercion_items_prev", "coercion_items_change", "coercion_decisions"}, small(100), change(), size(0, 5_000));
            header(rows, "第二十条第（八）项", "信息内容", "上一年项目数量", "本年增/减");
            valueRow(rows, "行政事业性收费", new String[]{"admin_fees_items_prev", "admin_fees_items_change"}, small(100), change());
            header(rows, "第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额（万元）");
            valueRow(rows, "政府集中采购", new String[]{"procurement_items", "procurement_amount_10k_yuan"}, small(500), amount());
        }
        doc.blocks.add(new Doc.Table("article20", rows));
    }

    private static void header(List<List<Cell>> rows, String... labels) {
        List<Cell> row = new ArrayList<>();
        for (String l : labels) row.add(Cell.label(l));
        rows.add(row);
    }

    private void valueRow(List<List<Cell>> rows, String label, String[] keys, double... values) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.label(label));
        for (int i = 0; i < keys.length; i++) {
            set(keys[i], values[i]);
            row.add(Cell.value(style.cell(values[i])));
        }
        rows.add(row);
    }

    private void reviewTable() {
        String[] groups = {"review", "litigation_direct", "litigation_after_review"};
        String[] results = {"upheld", "corrected", "other", "pending", "total"};
        double[] v = new double[15];
        for (int g = 0; g < 3; g++) {
            int sum = 0;
            for (int k = 0; k < 4; k++) {
                int x = r.nextDouble() < 0.6 ? 0 : r.nextInt(6);
                v[g * 5 + k] = x;
                sum += x;
            }
            v[g * 5 + 4] = sum;
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.label("行政复议", 2, 5), Cell.label("行政诉讼", 1, 10)));
        rows.add(List.of(Cell.label("未经复议直接起诉", 1, 5), Cell.label("复议后起诉", 1, 5)));
        List<Cell> head = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            for (String h : new String[]{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) head.add(Cell.label(h));
        }
        rows.add(head);
        // a truncated table prints only its first numbers: none of them can be placed, so none is stated
        int printed = r.nextDouble() < 0.05 ? 5 + r.nextInt(10) : 15;
        List<Cell> vals = new ArrayList<>();
        for (int k = 0; k < printed; k++) vals.add(Cell.value(style.cell(v[k])));
        rows.add(vals);
        for (int g = 0; g < 3; g++) {
            for (int k = 0; k < 5; k++) set(groups[g] + "_" + results[k], printed == 15 ? v[g * 5 + k] : null);
        }
        if (printed == 15) set("litigation_total", v[9] + v[14]);
        else warningsExpected.add("table_truncated");
        doc.blocks.add(new Doc.Table("review", rows));
    }

    /** The requests table: per applicant, new and carried-over requests are distributed over the outcomes. */
    private final class Grid {
        final boolean y2021;
        final List<String[]> rows = new ArrayList<>();   // key, label, group label or null
        final Map<String, double[]> values = new LinkedHashMap<>();

        Grid(boolean y2021) {
            this.y2021 = y2021;
            rows.add(new String[]{"requests_new", "一、本年新收政府信息公开申请数量", null});
            rows.add(new String[]{"requests_carried_over", "二、上年结转政府信息公开申请数量", null});
            rows.add(new String[]{"outcome_disclosed", "（一）予以公开", "三、本年度办理结果"});
            rows.add(new String[]{"outcome_partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null});
            addGroup(WITHHELD, "（三）不予公开");
            addGroup(UNAVAILABLE, "（四）无法提供");
            addGroup(NOT_PROCESSED, "（五）不予处理");
            if (y2021) addGroup(OTHER_2021, "（六）其他处理");
            else rows.add(new String[]{"outcome_other", "（六）其他处理", null});
            rows.add(new String[]{"outcome_total", "（七）总计", null});
            rows.add(new String[]{"requests_carried_forward", "四、结转下年度继续办理", null});
            fill();
        }

        private void addGroup(String[][] reasons, String groupLabel) {
            for (int i = 0; i < reasons.length; i++) rows.add(new String[]{reasons[i][0], reasons[i][1], i == 0 ? groupLabel : null});
        }

        private void fill() {
            for (String[] row : rows) values.put(row[0], new double[7]);
            int scale = r.nextDouble() < 0.3 ? 3 : r.nextDouble() < 0.7 ? 40 : 600;
            List<String> outcomeKeys = new ArrayList<>();
            for (String[] row : rows) {
                if (!row[0].startsWith("requests_") && !row[0].equals("outcome_total")) outcomeKeys.add(row[0]);
            }
            for (int a = 0; a < 6; a++) {
                int cap = a == 0 ? scale : Math.max(1, scale / 10);
                int fresh = r.nextDouble() < (a == 0 ? 0.1 : 0.6) ? 0 : r.nextInt(cap + 1);
                int carried = r.nextDouble() < 0.7 ? 0 : r.nextInt(Math.max(1, cap / 5) + 1);
                if (previous != null && previous.carriedForward != null) {
                    carried = (int) previous.carriedForward[a] + (breakCarryOver && a == 0 ? 1 + r.nextInt(3) : 0);
                }
                int forward = r.nextDouble() < 0.7 ? 0 : r.nextInt(fresh + carried + 1);
                int done = fresh + carried - forward;
                values.get("requests_new")[a] = fresh;
                values.get("requests_carried_over")[a] = carried;
                values.get("requests_carried_forward")[a] = forward;
                values.get("outcome_total")[a] = done;
                for (int i = 0; i < done; i++) {
                    double x = r.nextDouble();
                    String k = x < 0.5 ? "outcome_disclosed" : x < 0.6 ? "outcome_partial" : x < 0.75 ? "unavailable_not_held"
                            : outcomeKeys.get(r.nextInt(outcomeKeys.size()));
                    values.get(k)[a]++;
                }
            }
            for (double[] v : values.values()) {
                double t = 0;
                for (int a = 0; a < 6; a++) t += v[a];
                v[6] = t;
            }
            carriedForward = values.get("requests_carried_forward").clone();
            // a printed total that disagrees with its parts stays as printed (a genuine error in the source)
            if (r.nextDouble() < 0.03) values.get("outcome_disclosed")[6] += 1;
        }

        int total(int row) { return (int) values.get(rows.get(row)[0])[6]; }

        void write() {
            List<List<Cell>> t = new ArrayList<>();
            List<Cell> h1 = new ArrayList<>();
            h1.add(Cell.label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3));
            h1.add(Cell.label("申请人情况", 1, 7));
            t.add(h1);
            t.add(List.of(Cell.label("自然人", 2, 1), Cell.label("法人或其他组织", 1, 5), Cell.label("总计", 2, 1)));
            List<Cell> h3 = new ArrayList<>();
            for (int a = 1; a < 6; a++) h3.add(Cell.label(APPLICANT_HEADERS[a]));
            t.add(h3);
            int outcomeRows = rows.size() - 3;
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                List<Cell> cells = new ArrayList<>();
                boolean grouped = row[0].startsWith("withheld_") || row[0].startsWith("unavailable_") || row[0].startsWith("not_processed_")
                        || row[0].startsWith("other_");
                if (row[0].startsWith("requests_")) {
                    cells.add(Cell.label(row[1], 1, 3));
                } else {
                    if (row[2] != null && row[2].startsWith("三")) cells.add(Cell.label(row[2], outcomeRows, 1));
                    if (grouped) {
                        if (row[2] != null) cells.add(Cell.label(row[2], groupSize(i), 1));
                        cells.add(Cell.label(row[1]));
                    } else {
                        cells.add(Cell.label(row[1], 1, 2));
                    }
                }
                double[] v = values.get(row[0]);
                for (int a = 0; a < 7; a++) cells.add(Cell.value(style.cell(v[a])));
                t.add(cells);
            }
            doc.blocks.add(new Doc.Table("requests", t));
            for (String[] row : rows) set(row[0], values.get(row[0])[6]);
            for (int a = 0; a < 6; a++) set("requests_new_" + APPLICANT_KEYS[a], values.get("requests_new")[a]);
            sumGroup("outcome_withheld", WITHHELD);
            sumGroup("outcome_unavailable", UNAVAILABLE);
            sumGroup("outcome_not_processed", NOT_PROCESSED);
            if (y2021) sumGroup("outcome_other", OTHER_2021);
        }

        private int groupSize(int first) {
            String prefix = rows.get(first)[0].substring(0, rows.get(first)[0].indexOf('_'));
            int n = 0;
            for (int j = first; j < rows.size() && rows.get(j)[0].startsWith(prefix + "_"); j++) n++;
            return n;
        }

        private void sumGroup(String key, String[][] reasons) {
            double s = 0;
            for (String[] reason : reasons) s += values.get(reason[0])[6];
            set(key, s);
        }
    }

    // ---------------------------------------------------------------- numbers

    private void set(String key, double v) { metrics.put(key, v); }

    private void set(String key, Double v) { metrics.put(key, v); }

    /** A count spread over orders of magnitude between lo and hi. */
    private int size(int lo, int hi) {
        if (lo == 0 && r.nextDouble() < 0.1) return 0;
        double logLo = Math.log(Math.max(1, lo)), logHi = Math.log(hi);
        return Math.max(lo, (int) Math.round(Math.exp(logLo + r.nextDouble() * (logHi - logLo))));
    }

    /** Issued, repealed, in force: carried on from last year's in force when there is one (unless broken on purpose). */
    private double[] inForce(double issued, double repealed, double fresh, Double before) {
        if (before == null) return new double[]{issued, repealed, fresh};
        repealed = Math.min(repealed, before + issued);
        return new double[]{issued, repealed, before + issued - repealed + (breakInForce ? 1 + r.nextInt(5) : 0)};
    }

    private double small(int max) { return r.nextDouble() < 0.3 ? 0 : r.nextInt(max + 1); }

    private double change() {
        double x = r.nextDouble();
        return x < 0.5 ? 0 : x < 0.75 ? r.nextInt(20) : -r.nextInt(20);
    }

    /** An amount in 万元 with up to four decimals. */
    private double amount() {
        if (r.nextDouble() < 0.2) return 0;
        int decimals = r.nextInt(5);
        double v = r.nextInt(50_000) + r.nextInt(10_000) / 10_000.0;
        double p = Math.pow(10, decimals);
        return Math.round(v * p) / p;
    }

    private int[] split(int n, int k) {
        int[] out = new int[k];
        for (int i = 0; i < n; i++) out[r.nextInt(k)]++;
        return out;
    }

    static String fmt4(double v) {
        String s = String.format("%.4f", v);
        while (s.contains(".") && (s.endsWith("0") || s.endsWith("."))) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** A small count in Chinese numerals as reports write it: 两, 十二, 二十. */
    static String chineseCount(int n) {
        String d = "零一二三四五六七八九";
        if (n == 2) return "两";
        if (n < 10) return String.valueOf(d.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
        return d.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
    }

    private String pick(String... options) { return options[r.nextInt(options.length)]; }

    /** How one report prints its figures: zeros as 0 or a blank marker, digits half- or full-width. */
    static final class Style {
        final String zero;
        final boolean fullWidth;
        final Random r;

        Style(Random r) {
            this.r = r;
            double z = r.nextDouble();
            this.zero = z < 0.75 ? "0" : z < 0.85 ? "/" : z < 0.9 ? "-" : z < 0.95 ? "—" : "无";
            this.fullWidth = r.nextDouble() < 0.1;
        }

        String cell(double v) {
            if (v == 0) return zero;
            String s = v == Math.rint(v) ? String.valueOf((long) v) : fmt4(v);
            return fullWidth ? toFullWidth(s) : s;
        }

        String prose(long v) {
            String s = String.valueOf(v);
            return fullWidth ? toFullWidth(s) : s;
        }

        static String toFullWidth(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
            return b.toString();
        }
    }
}

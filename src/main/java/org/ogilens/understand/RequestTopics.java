package org.ogilens.understand;

import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What citizens asked about: the sentences that say so (申请内容主要涉及…, 主要集中在…), their items split on
 * 、 和 及 等, each item classified by its HanLP tokens against a topic dictionary (docs/TEXT_ANALYTICS.md).
 * An item with no dictionary word is {@code other}.
 */
public final class RequestTopics {
    public static final String LAND = "land_demolition", SOCIAL = "social_security", FISCAL = "fiscal_funds",
            PLANNING = "planning_construction", ENVIRONMENT = "environment", ENFORCEMENT = "law_enforcement",
            PERSONNEL = "personnel", OTHER = "other";

    /** The taxonomy: topic → words. A token equal to a word, or an item containing it, places the item. */
    public static final Map<String, List<String>> TAXONOMY = new LinkedHashMap<>();

    static {
        TAXONOMY.put(LAND, List.of("征地", "征收", "拆迁", "征地拆迁", "房屋征收", "土地", "安置", "补偿", "宅基地", "棚户区", "用地", "地块"));
        TAXONOMY.put(SOCIAL, List.of("社会保障", "社保", "养老", "养老金", "医保", "医疗保险", "低保", "救助", "就业", "劳动", "工伤", "失业", "抚恤", "优抚", "退休"));
        TAXONOMY.put(FISCAL, List.of("财政", "资金", "财政资金", "预算", "决算", "预决算", "经费", "补贴", "补助", "专项资金", "三公经费", "收费", "采购"));
        TAXONOMY.put(PLANNING, List.of("规划", "建设", "工程", "项目", "审批", "住房", "房地产", "城建", "施工", "道路", "交通", "不动产"));
        TAXONOMY.put(ENVIRONMENT, List.of("环境", "环保", "污染", "环评", "生态", "排污", "噪声", "水质", "垃圾", "大气"));
        TAXONOMY.put(ENFORCEMENT, List.of("执法", "处罚", "行政处罚", "行政许可", "许可", "案件", "违法", "违章", "查处", "投诉", "举报", "公安", "监管"));
        TAXONOMY.put(PERSONNEL, List.of("人事", "招聘", "录用", "任免", "干部", "编制", "工资", "考试", "公务员", "职称", "人员"));
    }

    private static final Pattern TRIGGER = Pattern.compile(
            "(?:申请(?:的)?(?:内容|事项)?|所申请的信息|内容)(?:主要)?(?:涉及|集中在|集中于|包括)(?:到)?|主要(?:涉及|集中在|集中于)(?:到)?");
    private static final Pattern ITEM_SPLIT = Pattern.compile("、|,|，|和|及|与|以及|或");

    /** One topic mention: the topic, the item as written, the sentence, its offset in the cleaned text. */
    public record Topic(String topic, String phrase, String sentence, int offset) {}

    private RequestTopics() {}

    /** Topics of the sentences in [from, to) of the cleaned text, classified by the report's own tokens (sorted by offset). */
    public static List<Topic> find(String text, int from, int to, List<Term> tokens) {
        List<Topic> out = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i < to && "。;;!?\n".indexOf(text.charAt(i)) < 0) continue;
            if (i > s) sentence(text, s, i, tokens, out);
            s = i + 1;
        }
        return out;
    }

    private static void sentence(String text, int s, int e, List<Term> tokens, List<Topic> out) {
        String sent = text.substring(s, e);
        Matcher m = TRIGGER.matcher(sent);
        if (!m.find() || !sent.contains("申请")) return;
        String rest = sent.substring(m.end()).replaceFirst("(?:等|等方面|等领域|等内容)(?:的)?(?:信息|内容|政府信息)?.*$", "");
        for (String raw : ITEM_SPLIT.split(rest)) {
            String item = raw.strip().replaceFirst("^(?:了|到|对)", "").replaceFirst("(?:方面|领域|问题|信息|情况)$", "");
            if (item.length() < 2 || item.length() > 30) continue;
            int at = s + Math.max(0, sent.indexOf(item));
            out.add(new Topic(classify(item, tokensIn(tokens, at, at + item.length())), item, sent.strip(), at));
        }
    }

    /** The tokens within [from, to) of the text, found by binary search on their offsets. */
    static List<Term> tokensIn(List<Term> tokens, int from, int to) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).offset < from) lo = mid + 1;
            else hi = mid;
        }
        List<Term> out = new ArrayList<>();
        for (int i = lo; i < tokens.size() && tokens.get(i).offset + tokens.get(i).length() <= to; i++) out.add(tokens.get(i));
        return out;
    }

    /** The topic of one item: by its HanLP tokens (the report's own segmentation) first, then by the words it contains. */
    public static String classify(String item, List<Term> itemTokens) {
        for (Term t : itemTokens) {
            for (Map.Entry<String, List<String>> e : TAXONOMY.entrySet()) if (e.getValue().contains(t.word)) return e.getKey();
        }
        for (Map.Entry<String, List<String>> e : TAXONOMY.entrySet()) {
            for (String w : e.getValue()) if (item.contains(w)) return e.getKey();
        }
        return OTHER;
    }
}

package org.ogilens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that a standard report's prose restates from its table 1 (本年度制发规范性文件34件, 现行有效424件,
 * 采购信息21条共5419886元). They choose among the possible splits of a row whose digits run together, and a
 * restated figure that contradicts the table makes the cell null; they are never read as cells themselves.
 */
final class Restatements {
    private static final String N = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern ISSUED = Pattern.compile(
            "(?:制发|印发|出台|制定|发布)(?:了)?(?:行政)?(规范性文件|规章)(?:共|共计)?" + N + "\\s*(?:件|份|个)");
    private static final Pattern IN_FORCE = Pattern.compile(
            "(?:(规范性文件|规章)[^。;,]{0,8}?)?现行有效(?:的)?(?:件数|(?:行政)?规范性文件|规章)?(?:为|共|共计)?" + N + "\\s*(?:件|份|个)");
    private static final Pattern REPEALED = Pattern.compile(
            "废止(?:了)?(?:行政)?(规范性文件|规章)?(?:共|共计)?" + N + "\\s*(?:件|份|个)");
    private static final Pattern PROCUREMENT = Pattern.compile(
            "采购[^。;]{0,20}?" + N + "\\s*(?:条|项|个|笔)[^。;\\d]{0,12}?" + N + "\\s*(万元|元)");

    private static final Pattern DECISIONS = Pattern.compile(
            "(?:作出|办理|实施)?(行政处罚|行政许可|行政强制)(?:决定|案件|事项)?(?:共|共计)?" + N + "\\s*(?:件|起|宗|项)");

    private Restatements() {}

    /** Per table-1 key, the figures the prose states for it. */
    static Map<String, List<Double>> of(String prose, boolean std2021) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        String t = prose.replaceAll("\\s+", "");
        Matcher m = ISSUED.matcher(t);
        while (m.find()) {
            String what = m.group(1).equals("规章") ? "rules" : "normative";
            add(out, what + (std2021 ? "_issued" : "_made"), m.group(2));
        }
        m = DECISIONS.matcher(t);
        while (m.find()) {
            String what = switch (m.group(1)) {
                case "行政处罚" -> "penalty";
                case "行政许可" -> "licensing";
                default -> "coercion";
            };
            add(out, what + "_decisions", m.group(2));
        }
        if (std2021) {
            m = IN_FORCE.matcher(t);
            while (m.find()) {
                String what = m.group(1) == null || !m.group(1).equals("规章") ? "normative" : "rules";
                add(out, what + "_in_force", m.group(2));
            }
            m = REPEALED.matcher(t);
            while (m.find()) {
                String what = m.group(1) == null || !m.group(1).equals("规章") ? "normative" : "rules";
                add(out, what + "_repealed", m.group(2));
            }
        } else {
            m = PROCUREMENT.matcher(t);
            while (m.find()) {
                add(out, "procurement_items", m.group(1));
                double amount = Double.parseDouble(m.group(2));
                if (m.group(3).equals("元")) amount = amount / 10000;
                out.computeIfAbsent("procurement_amount_10k_yuan", k -> new ArrayList<>()).add(Math.round(amount * 1e8) / 1e8);
                // the amount as the table prints it (in 元) also chooses a split
                out.computeIfAbsent("procurement_amount_printed", k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
            }
        }
        return out;
    }

    private static void add(Map<String, List<Double>> out, String key, String n) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(n));
    }
}

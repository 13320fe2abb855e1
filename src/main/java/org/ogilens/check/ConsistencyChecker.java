package org.ogilens.check;

import org.ogilens.extract.Extraction;
import org.ogilens.extract.GridCell;
import org.ogilens.extract.Metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven consistency checks of METRICS.md. Never repairs the source: a printed total that disagrees with
 * its parts stays as printed and its check fails. PASS / FAIL where every figure is there, UNCERTAIN where
 * some are missing, NOT_APPLICABLE where the report has nothing to check.
 */
public final class ConsistencyChecker {
    public static final String[] CHECKS = {"balance", "applicant_columns", "outcome_total", "outcome_groups",
            "review_litigation_groups", "proactive_channels", "text_table"};

    private ConsistencyChecker() {}

    public static List<CheckResult> check(Extraction x) {
        List<CheckResult> out = new ArrayList<>();
        // 1. balance: new + carried over = outcome total + carried forward
        out.add(sumCheck("balance", x, new String[]{"requests_new", "requests_carried_over"},
                new String[]{"outcome_total", "requests_carried_forward"}));
        // 2. every row of the requests table: six applicant columns add up to 总计
        out.add(applicantColumns(x));
        // 3. outcome_total = the six outcome groups
        out.add(sumCheck("outcome_total", x, new String[]{"outcome_disclosed", "outcome_partial", "outcome_withheld",
                "outcome_unavailable", "outcome_not_processed", "outcome_other"}, new String[]{"outcome_total"}));
        // 4. each outcome group = its reasons (only where the group was printed, not derived from them)
        out.add(groups(x));
        // 5. each reconsideration / litigation group: four results add up to its total
        out.add(reviewGroups(x));
        // 6. channel counts do not exceed proactive_total
        out.add(channels(x));
        // 7. prose and table agree
        boolean conflict = x.warnings().contains("text_table_conflict");
        out.add(new CheckResult("text_table", conflict ? CheckResult.FAIL : CheckResult.PASS, null, null,
                conflict ? String.join("; ", x.notes().stream().filter(n -> n.contains(" vs ")).toList()) : null));
        return out;
    }

    private static CheckResult sumCheck(String name, Extraction x, String[] left, String[] right) {
        Double l = sum(x, left), r = sum(x, right);
        boolean any = anyPresent(x, left) || anyPresent(x, right);
        if (!any) return new CheckResult(name, CheckResult.NOT_APPLICABLE, null, null, null);
        if (l == null || r == null) return new CheckResult(name, CheckResult.UNCERTAIN, r, l, "figures missing");
        boolean ok = Math.abs(l - r) < 1e-6;
        return new CheckResult(name, ok ? CheckResult.PASS : CheckResult.FAIL, r, l,
                String.join(" + ", left) + " vs " + String.join(" + ", right));
    }

    private static CheckResult applicantColumns(Extraction x) {
        Map<String, double[]> rows = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (GridCell c : x.grid()) {
            double[] r = rows.computeIfAbsent(c.row(), k -> new double[7]);
            r[Metrics.APPLICANTS.indexOf(c.applicant())] = c.value();
            seen.merge(c.row(), 1, Integer::sum);
        }
        if (rows.isEmpty()) return new CheckResult("applicant_columns", CheckResult.NOT_APPLICABLE, null, null, null);
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            double[] r = e.getValue();
            double s = 0;
            for (int i = 0; i < 6; i++) s += r[i];
            if (Math.abs(s - r[6]) > 1e-6) bad.add(e.getKey());
        }
        return new CheckResult("applicant_columns", bad.isEmpty() ? CheckResult.PASS : CheckResult.FAIL,
                (double) rows.size(), (double) (rows.size() - bad.size()), bad.isEmpty() ? null : "rows not adding up: " + bad);
    }

    private static CheckResult groups(Extraction x) {
        int checked = 0;
        List<String> bad = new ArrayList<>();
        for (String[] g : Metrics.OUTCOME_GROUPS) {
            if (!x.has(g[0])) continue;
            String[] parts = java.util.Arrays.copyOfRange(g, 1, g.length);
            if (!anyPresent(x, parts)) continue;
            Double s = sum(x, parts);
            if (s == null) continue;
            checked++;
            if (Math.abs(s - x.get(g[0])) > 1e-6) bad.add(g[0]);
        }
        if (checked == 0) return new CheckResult("outcome_groups", CheckResult.NOT_APPLICABLE, null, null, null);
        return new CheckResult("outcome_groups", bad.isEmpty() ? CheckResult.PASS : CheckResult.FAIL,
                (double) checked, (double) (checked - bad.size()), bad.isEmpty() ? null : "groups not adding up: " + bad);
    }

    private static CheckResult reviewGroups(Extraction x) {
        int checked = 0;
        List<String> bad = new ArrayList<>();
        for (String g : new String[]{"review", "litigation_direct", "litigation_after_review"}) {
            Double parts = sum(x, new String[]{g + "_upheld", g + "_corrected", g + "_other", g + "_pending"});
            Double total = x.get(g + "_total");
            if (parts == null || total == null) continue;
            checked++;
            if (Math.abs(parts - total) > 1e-6) bad.add(g + " (parts " + parts.longValue() + ", total " + total.longValue() + ")");
        }
        if (checked == 0) return new CheckResult("review_litigation_groups", CheckResult.NOT_APPLICABLE, null, null, null);
        return new CheckResult("review_litigation_groups", bad.isEmpty() ? CheckResult.PASS : CheckResult.FAIL,
                (double) checked, (double) (checked - bad.size()), bad.isEmpty() ? null : String.join("; ", bad));
    }

    private static CheckResult channels(Extraction x) {
        Double total = x.get("proactive_total");
        String[] ch = {"proactive_website", "proactive_weibo", "proactive_weixin", "proactive_gazette"};
        if (total == null || !anyPresent(x, ch)) {
            return new CheckResult("proactive_channels", CheckResult.NOT_APPLICABLE, null, null, null);
        }
        List<String> bad = new ArrayList<>();
        for (String c : ch) if (x.has(c) && x.get(c) > total + 1e-6) bad.add(c);
        return new CheckResult("proactive_channels", bad.isEmpty() ? CheckResult.PASS : CheckResult.FAIL, total, null,
                bad.isEmpty() ? null : "channels above the total: " + bad);
    }

    private static Double sum(Extraction x, String[] keys) {
        double s = 0;
        for (String k : keys) {
            Double v = x.get(k);
            if (v == null) return null;
            s += v;
        }
        return s;
    }

    private static boolean anyPresent(Extraction x, String[] keys) {
        for (String k : keys) if (x.has(k)) return true;
        return false;
    }

    /** Warning codes for failed checks, to go into reports.warnings. */
    public static List<String> warnings(List<CheckResult> results) {
        List<String> w = new ArrayList<>();
        for (CheckResult r : results) {
            if (!r.status().equals(CheckResult.FAIL)) continue;
            switch (r.check()) {
                case "balance" -> w.add("balance_mismatch");
                case "applicant_columns" -> w.add("applicant_columns_mismatch");
                case "outcome_total" -> w.add("outcome_total_mismatch");
                case "outcome_groups" -> w.add("outcome_group_mismatch");
                case "review_litigation_groups" -> w.add("review_total_mismatch");
                case "proactive_channels" -> w.add("channel_exceeds_total");
                default -> { }
            }
        }
        return w;
    }
}

package org.ogilens.extract;

import org.ogilens.extract.RowLocator.Found;
import org.ogilens.extract.RowLocator.Spec;
import org.ogilens.extract.RowReadings.Reading;
import org.ogilens.extract.TableSolver.Equation;
import org.ogilens.extract.TableSolver.RowResult;
import org.ogilens.extract.TableSolver.Status;
import org.ogilens.extract.TableSolver.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests table of the standard layouts (收到和处理政府信息公开申请情况): seven applicant columns, rows in
 * fixed order. Every row is read into its candidate readings, and the whole table is solved at once under the
 * identities the layout states: the six applicant columns add up to 总计 in every row; in every column,
 * (七)总计 is the sum of the outcome rows and 一 + 二 = 三(七) + 四; a group printed with its own cells equals
 * the sum of its reasons. Only cells that every consistent reading agrees on are taken.
 */
final class RequestsTable {
    static final int COLUMNS = 7;

    /** Group header rows: printed without cells in the standard layout, with them in some variants. */
    static final String[] GROUP_KEYS = {"outcome_withheld", "outcome_unavailable", "outcome_not_processed"};

    private static List<Spec> specs(boolean std2021) {
        List<Spec> s = new ArrayList<>();
        s.add(Spec.of("requests_new", "本年新收", 7));
        s.add(Spec.of("requests_carried_over", "上年结转", 7));
        s.add(Spec.of("outcome_disclosed", "予以公开", 7));
        s.add(Spec.of("outcome_partial", "部分公开", 7));
        s.add(Spec.floating("outcome_withheld", "不予公开|不子公开|不予以公开", 7));
        s.add(Spec.of("withheld_state_secret", "国家秘密", 7));
        s.add(Spec.of("withheld_law_prohibited", "法律行政法规|法律和行政法规|禁止公开|行政止公开|法规禁止", 7));
        s.add(Spec.of("withheld_three_safety", "三安全一稳定|三安全", 7));
        s.add(Spec.of("withheld_third_party", "第三方合法权益|第三方", 7));
        s.add(Spec.of("withheld_internal_affairs", "内部事务", 7));
        s.add(Spec.of("withheld_process_info", "过程性", 7));
        s.add(Spec.of("withheld_enforcement_file", "执法案卷|执法案件", 7));
        s.add(Spec.of("withheld_query_matter", "行政查询|查询事项", 7));
        s.add(Spec.floating("outcome_unavailable", "无法提供", 7));
        s.add(Spec.of("unavailable_not_held", "不掌握", 7));
        s.add(Spec.of("unavailable_needs_creation", "另行制作|现成信息", 7));
        s.add(Spec.of("unavailable_unclear", "仍不明确|不明确", 7));
        s.add(Spec.floating("outcome_not_processed", "不予处理", 7));
        s.add(Spec.of("not_processed_petition", "信访举报投诉|信访", 7));
        s.add(Spec.of("not_processed_repeat", "重复申请", 7));
        s.add(Spec.of("not_processed_publication", "公开出版物|出版物", 7));
        s.add(Spec.of("not_processed_mass", "大量反复", 7));
        s.add(Spec.of("not_processed_confirmation", "确认或重新出具|重新出具", 7));
        // (六)其他处理 heads three sub-rows in the 2021 layout (a spanned label, like the groups above); a row of its own in 2019
        s.add(std2021 ? Spec.floating("outcome_other", "其他处理", 7) : Spec.of("outcome_other", "其他处理", 7));
        if (std2021) {
            s.add(Spec.of("other_overdue_correction", "逾期不补正|不补正", 7));
            s.add(Spec.of("other_overdue_fee", "收费通知|缴纳费用", 7));
            s.add(Spec.of("other_misc", "3.其他|3、其他", 7));
        }
        s.add(Spec.of("outcome_total", "总计", 7));
        s.add(Spec.of("requests_carried_forward", "结转下年度|下年度继续办理|结转下年", 7));
        return s;
    }

    /** The solved table: per row key, its result, and the row found in the text. */
    record Solved(List<Spec> specs, List<Found> found, List<RowResult> results, TableSolver.Result result, int complete) {}

    private RequestsTable() {}

    /** Reads the table into {@code out}; false when the text holds no requests table. */
    static boolean read(String text, CompactView cv, boolean std2021, Extraction out) {
        Solved best = null;
        int from = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            int start = cv.compact.indexOf("本年新收", from);
            if (start < 0) break;
            // 2021 layouts with the sub-rows of 其他处理; 2019 ones without (either may carry the other's rows)
            for (boolean layout : std2021 ? new boolean[]{true, false} : new boolean[]{false, true}) {
                Solved s = solve(text, cv, start, layout);
                if (s != null && (best == null || s.complete > best.complete)) best = s;
            }
            from = start + 4;
        }
        if (best == null || best.complete == 0) return false;
        publish(text, best, out);
        return true;
    }

    static Solved solve(String text, CompactView cv, int start, boolean std2021) {
        List<Spec> specs = specs(std2021);
        List<Found> found = RowLocator.locate(text, cv, start, specs, 8, 400);
        if (std2021) found = bareOtherMisc(text, cv, specs, found, start);
        int rowsFound = 0;
        for (Found f : found) if (f != null) rowsFound++;
        if (rowsFound < 3) return null;
        int n = specs.size();
        List<List<Reading>> candidates = new ArrayList<>();
        int[] widths = new int[n];
        boolean[] derivable = new boolean[n];
        boolean[] printedEmpty = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = COLUMNS;
            Found f = found.get(i);
            if (f == null) {
                candidates.add(List.of());
                continue;
            }
            // a group header (不予公开, 无法提供, 不予处理) never has cells of its own: the standard layout gives it none
            List<CellToken> tokens = specs.get(i).floating() ? List.of()
                    : RowText.tokens(text, f.labelStart(), f.keywordEnd(), f.windowEnd(), COLUMNS);
            printedEmpty[i] = tokens.isEmpty();
            RowReadings.Candidates c = RowReadings.of(tokens, COLUMNS, RequestsTable::rowAddsUp);
            candidates.add(c.readings());
            // a row printed without cells, or whose cells cannot be read, may follow from the identities
            derivable[i] = c.readings().isEmpty() && !c.overflow() && !isGroup(specs.get(i).key());
        }
        List<Equation> eqs = equations(specs, found, candidates);
        TableSolver.Result r = TableSolver.solve(candidates, widths, eqs, derivable);
        List<RowResult> results = new ArrayList<>(r.rows());
        int complete = 0;
        for (int i = 0; i < n; i++) {
            RowResult rr = results.get(i);
            if (rr.status() == Status.DERIVED && found.get(i) != null) {
                // a derived row must agree with what the source printed (a cell left out, never other digits)
                List<CellToken> tokens = RowText.tokens(text, found.get(i).labelStart(), found.get(i).keywordEnd(),
                        found.get(i).windowEnd(), COLUMNS);
                if (!digitsCompatible(tokens, rr.values())) results.set(i, new RowResult(Status.UNREAD, null, null, List.of()));
            }
            if (results.get(i).complete()) complete++;
        }
        return new Solved(specs, found, results, r, complete);
    }

    /**
     * 3.其他 printed without its number (…缴纳费用、行政机关不再处理其政府信息公开申请 00000000其他 0000000): a bare 其他
     * right after the row of 缴纳费用 is that row, never the 其他 of 其他处理 above it.
     */
    private static List<Found> bareOtherMisc(String text, CompactView cv, List<Spec> specs, List<Found> found, int start) {
        int misc = -1, fee = -1;
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).key().equals("other_misc")) misc = i;
            if (specs.get(i).key().equals("other_overdue_fee")) fee = i;
        }
        if (misc < 0 || fee < 0 || found.get(misc) != null || found.get(fee) == null) return found;
        int from = cv.compactAt(found.get(fee).keywordEnd());
        int at = cv.compact.indexOf("其他", from);
        if (at < 0 || at - from > 60 || cv.compact.startsWith("其他处理", at)) return found;
        String[] kw = {cv.compact.substring(at, at + 2)};
        List<Spec> patched = new ArrayList<>(specs);
        patched.set(misc, new Spec("other_misc", kw, 7, false));
        return RowLocator.locate(text, cv, start, patched, 8, 400);
    }

    /** The six applicant columns add up to the total column. */
    static boolean rowAddsUp(double[] v) {
        double s = 0;
        for (int k = 0; k < v.length - 1; k++) s += v[k];
        return Math.abs(s - v[v.length - 1]) < 1e-9;
    }

    /** The column identities over the rows found. */
    private static List<Equation> equations(List<Spec> specs, List<Found> found, List<List<Reading>> candidates) {
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) if (found.get(i) != null) idx.put(specs.get(i).key(), i);
        List<Equation> eqs = new ArrayList<>();
        Integer total = idx.get("outcome_total");
        for (int c = 0; c < COLUMNS; c++) {
            // 总计 = 予以公开 + 部分公开 + each group (its reasons, or its own row where the reasons are missing)
            if (total != null) {
                List<Term> t = new ArrayList<>();
                t.add(new Term(total, c, 1));
                boolean ok = addPart(t, idx, "outcome_disclosed", c) && addPart(t, idx, "outcome_partial", c);
                for (String[] g : Metrics.OUTCOME_GROUPS) ok &= addGroup(t, idx, g, c, candidates);
                if (ok) eqs.add(new Equation("outcome_total[" + Metrics.APPLICANTS.get(c) + "]", t));
            }
            // 一 + 二 = 三(七) + 四
            Integer nw = idx.get("requests_new"), co = idx.get("requests_carried_over"), cf = idx.get("requests_carried_forward");
            if (total != null && nw != null && co != null && cf != null) {
                eqs.add(new Equation("balance[" + Metrics.APPLICANTS.get(c) + "]", List.of(new Term(nw, c, 1),
                        new Term(co, c, 1), new Term(total, c, -1), new Term(cf, c, -1))));
            }
            // a group printed with cells: it is the sum of its reasons
            for (String[] g : Metrics.OUTCOME_GROUPS) {
                Integer gi = idx.get(g[0]);
                if (gi == null || candidates.get(gi).isEmpty() || !allPresent(idx, g)) continue;
                List<Term> t = new ArrayList<>();
                t.add(new Term(gi, c, 1));
                for (int k = 1; k < g.length; k++) t.add(new Term(idx.get(g[k]), c, -1));
                eqs.add(new Equation(g[0] + "[" + Metrics.APPLICANTS.get(c) + "]", t));
            }
        }
        return eqs;
    }

    private static boolean addPart(List<Term> t, Map<String, Integer> idx, String key, int c) {
        Integer i = idx.get(key);
        if (i == null) return false;
        t.add(new Term(i, c, -1));
        return true;
    }

    private static boolean addGroup(List<Term> t, Map<String, Integer> idx, String[] g, int c, List<List<Reading>> candidates) {
        if (allPresent(idx, g)) {
            for (int k = 1; k < g.length; k++) t.add(new Term(idx.get(g[k]), c, -1));
            return true;
        }
        boolean noReasons = true;
        for (int k = 1; k < g.length; k++) if (idx.containsKey(g[k])) noReasons = false;
        Integer gi = idx.get(g[0]);
        if (gi != null && noReasons && !candidates.get(gi).isEmpty()) {
            t.add(new Term(gi, c, -1));
            return true;
        }
        return false;
    }

    private static boolean allPresent(Map<String, Integer> idx, String[] g) {
        for (int k = 1; k < g.length; k++) if (!idx.containsKey(g[k])) return false;
        return true;
    }

    /** The printed digits can be what the derived row prints with some cells left out. */
    static boolean digitsCompatible(List<CellToken> tokens, double[] values) {
        StringBuilder printed = new StringBuilder();
        for (CellToken t : tokens) {
            if (t.blank() || !t.fraction().isEmpty() || !t.sign().isEmpty()) return false;
            printed.append(t.digits());
        }
        StringBuilder all = new StringBuilder();
        for (double v : values) all.append((long) v);
        // subsequence of whole cells: drop cells, keep the order
        return subsequenceOfCells(printed.toString(), values, 0, 0);
    }

    private static boolean subsequenceOfCells(String printed, double[] values, int p, int c) {
        if (p == printed.length()) return true;
        if (c == values.length) return false;
        String cell = String.valueOf((long) values[c]);
        if (printed.startsWith(cell, p) && subsequenceOfCells(printed, values, p + cell.length(), c + 1)) return true;
        return subsequenceOfCells(printed, values, p, c + 1);
    }

    /** Grid cells and metrics of the solved table, warnings for what could not be read. */
    private static void publish(String text, Solved s, Extraction out) {
        List<Found> found = s.found();
        boolean sawOtherSubRows = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f != null && f.spec().key().startsWith("other_") && s.results().get(i).values() != null) sawOtherSubRows = true;
        }
        int missing = 0;
        boolean ambiguous = false, unsolvable = false, inconsistent = !s.result().brokenEquations().isEmpty(), cellsMissing = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            RowResult r = s.results().get(i);
            String key = f == null ? null : f.spec().key();
            if (f == null) {
                String k = s.specs().get(i).key();
                boolean optional = isGroup(k) || (k.equals("outcome_other") && sawOtherSubRows)
                        || (k.startsWith("other_") && !sawOtherSubRows);
                if (!optional) missing++;
                continue;
            }
            if (r.values() == null) {
                if (r.status() == Status.UNREAD && !isGroup(key) && !(key.equals("outcome_other") && sawOtherSubRows)) {
                    List<CellToken> tokens = RowText.tokens(text, f.labelStart(), f.keywordEnd(), f.windowEnd(), COLUMNS);
                    if (!tokens.isEmpty()) {
                        int digits = 0;
                        for (CellToken t : tokens) digits += t.blank() ? 1 : t.digits().length();
                        String printed = RowLocator.snippet(text, f.keywordEnd(), Math.min(f.windowEnd(), f.keywordEnd() + 80));
                        if (digits < COLUMNS) {
                            cellsMissing = true;
                            out.warn("cells_missing");
                            out.note(key + ": the source prints fewer than 7 cells (" + printed + ")");
                        } else {
                            unsolvable = true;
                            out.warn("digits_inconsistent");
                            out.note(key + ": no split into 7 cells adds up (" + printed + ")");
                        }
                    } else if (!(key.startsWith("other_") && !sawOtherSubRows)) {
                        missing++;
                    }
                }
                continue;
            }
            if (r.status() == Status.AMBIGUOUS) ambiguous = true;
            if (r.status() == Status.INCONSISTENT) unsolvable = true;
            if (r.status() == Status.AMBIGUOUS || r.status() == Status.INCONSISTENT) {
                out.warn(r.status() == Status.AMBIGUOUS ? "digits_ambiguous" : "digits_inconsistent");
                List<String> alts = new ArrayList<>();
                for (Reading a : r.alternatives()) if (alts.size() < 4) alts.add(a.describe());
                out.note(key + ": " + (r.status() == Status.AMBIGUOUS ? "several readings fit the identities: "
                        : "no reading fits the identities: ") + String.join(" or ", alts));
            }
            String how = switch (r.status()) {
                case RESOLVED -> r.reading() != null && !r.reading().how().equals(Reading.PRINTED)
                        ? " [" + r.reading().how() + " " + r.reading().describe() + "]" : "";
                case DERIVED -> " [derived from the column identities]";
                case AMBIGUOUS -> " [cells agreed by every reading only]";
                default -> "";
            };
            if (how.contains(Reading.SPLIT) || how.contains(Reading.MERGED) || how.contains(Reading.FORCED)) out.warn(Reading.SPLIT);
            if (r.complete() && !rowAddsUp(r.values())) {
                inconsistent = true;
                out.warn("source_inconsistent");
                out.note(key + ": the six applicant columns do not add up to the printed 总计");
            }
            String method = r.status() == Status.DERIVED ? MetricValue.DERIVED : MetricValue.TABLE;
            int[] offsets = r.reading() != null ? r.reading().offsets() : null;
            int endOffset = offsets != null ? offsets[offsets.length - 1] + 1 : f.keywordEnd();
            String evidence = RowLocator.snippet(text, f.labelStart(), Math.max(endOffset, f.keywordEnd()) + 6) + how;
            double[] v = r.values();
            for (int c = 0; c < COLUMNS; c++) {
                if (Double.isNaN(v[c])) continue;
                out.grid().add(new GridCell(key, Metrics.APPLICANTS.get(c), v[c], offsets != null ? offsets[c] : f.labelStart()));
            }
            if (!Double.isNaN(v[6])) out.put(new MetricValue(key, v[6], method, f.labelStart(), evidence));
            if (key.equals("requests_new")) {
                String[] applicantKeys = {"requests_new_natural", "requests_new_commercial", "requests_new_research",
                        "requests_new_public_interest", "requests_new_legal_service", "requests_new_other_org"};
                for (int c = 0; c < 6; c++) {
                    if (Double.isNaN(v[c])) continue;
                    out.put(new MetricValue(applicantKeys[c], v[c], method, offsets != null ? offsets[c] : f.labelStart(), evidence));
                }
            }
        }
        for (String eq : s.result().brokenEquations()) {
            out.warn("source_inconsistent");
            out.note("requests table: the printed cells break " + eq);
        }
        if (missing > 0) out.warn("table_truncated");
        out.table("requests", ambiguous ? "digits_ambiguous" : unsolvable ? "digits_inconsistent"
                : cellsMissing ? "cells_missing" : missing > 0 ? "incomplete" : inconsistent ? "source_inconsistent" : "complete");
        for (String[] g : Metrics.OUTCOME_GROUPS) {
            if (!g[0].equals("outcome_other") || sawOtherSubRows) derive(out, g);
        }
    }

    private static boolean isGroup(String key) {
        for (String g : GROUP_KEYS) if (g.equals(key)) return true;
        return false;
    }

    /** A group total as the sum of its reasons, when every reason is there and the group has no cells. */
    private static void derive(Extraction out, String[] group) {
        if (out.has(group[0])) return;
        double sum = 0;
        int offset = Integer.MAX_VALUE;
        for (int i = 1; i < group.length; i++) {
            MetricValue v = out.values().get(group[i]);
            if (v == null) return;
            sum += v.value();
            offset = Math.min(offset, v.offset());
        }
        out.put(new MetricValue(group[0], sum, MetricValue.DERIVED, offset,
                "sum of " + String.join(" + ", java.util.Arrays.copyOfRange(group, 1, group.length))));
    }
}

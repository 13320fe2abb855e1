package org.ogilens.extract;

import org.ogilens.extract.FreeTextExtractor.Negative;
import org.ogilens.extract.FreeTextExtractor.Prose;
import org.ogilens.extract.FreeTextExtractor.Statement;
import org.ogilens.understand.IdentityExtractor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All figures of one report, reconciled: the standard tables where the layout has them, the statistics table
 * of early reports, and the prose everywhere.
 *
 * <ul>
 *   <li>A sentence counts for the issuer's own total only in the issuer's scope: for a government reporting on
 *       its area, the whole area (全区/全市) or an unmarked figure; for a department, its own or an unmarked one.
 *       A part (各乡镇, 区直各部门) never counts. A key whose only statements are in another scope is null with
 *       {@code scope_ambiguous}.</li>
 *   <li>Where two readings disagree (table and sentence, or two sentences) the key is null with
 *       {@code text_table_conflict} or {@code text_conflict}, and a note names both figures.</li>
 *   <li>An approximate figure (约, 余, 多) is null with {@code approximate}.</li>
 *   <li>A negative statement about a whole group (未收到…申请) states 0 for the group's head and implies 0 for
 *       every member (method {@code derived}, the sentence as evidence), unless a figure of the group says
 *       otherwise.</li>
 * </ul>
 */
public final class MetricExtractor {
    private MetricExtractor() {}

    /** Members of each negated group, by layout: what 未收到申请 and its kin imply. */
    private static final List<String> FREE_TEXT_REQUESTS = List.of("requests_in_person", "requests_online", "requests_letter",
            "requests_fax", "requests_email", "outcome_disclosed", "outcome_partial", "outcome_withheld", "outcome_unavailable",
            "outcome_not_processed", "outcome_other", "outcome_total");
    private static final List<String> STD_REQUESTS = List.of("requests_new_natural", "requests_new_commercial",
            "requests_new_research", "requests_new_public_interest", "requests_new_legal_service", "requests_new_other_org");

    public static Extraction extract(String cleaned, String format, boolean fromPdf, Integer reportYear) {
        return extract(cleaned, format, fromPdf, reportYear, null);
    }

    public static Extraction extract(String cleaned, String format, boolean fromPdf, Integer reportYear, String issuerKind) {
        Prose prose = FreeTextExtractor.extract(cleaned, fromPdf, reportYear);
        boolean freeText = IdentityExtractor.FREE_TEXT.equals(format);
        Extraction out = new Extraction();
        if (!freeText) StandardTables.read(cleaned, format, out);
        else StatisticsTable.extract(cleaned, prose.figures(), prose.cumulative(), out);
        boolean government = "government".equals(issuerKind);

        Set<String> tableKeys = new LinkedHashSet<>(out.values().keySet());
        for (Map.Entry<String, List<Statement>> e : prose.statements().entrySet()) {
            String key = e.getKey();
            if (out.blocked(key)) continue;
            List<Statement> inScope = new ArrayList<>(), outOfScope = new ArrayList<>();
            for (Statement s : e.getValue()) (inScope(s.scope(), issuerKind) ? inScope : outOfScope).add(s);
            // the issuer's own scope stated as such beats an unmarked figure; a statement of the year beats a year-end total
            String own = government ? FreeTextExtractor.WHOLE : FreeTextExtractor.OWN;
            if (inScope.stream().anyMatch(s -> s.scope().equals(own))) inScope.removeIf(s -> !s.scope().equals(own));
            if (inScope.stream().anyMatch(s -> !s.yearEndCumulative())) inScope.removeIf(Statement::yearEndCumulative);
            if (inScope.isEmpty()) {
                if (!out.has(key)) {
                    out.warn("scope_ambiguous");
                    out.note(key + ": stated only for another scope than the issuer's own (" + outOfScope.get(0).scope() + ": "
                            + outOfScope.get(0).snippet() + ")");
                }
                continue;
            }
            List<Statement> exact = inScope.stream().filter(s -> s.value() != null).toList();
            Set<Double> values = new LinkedHashSet<>();
            for (Statement s : exact) values.add(s.value());
            if (out.has(key)) {
                double tv = out.get(key);
                // a year-end running total says nothing against a table's figure for the year
                for (Statement s : exact) {
                    if (s.yearEndCumulative()) continue;
                    if (Math.abs(s.value() - tv) > 1e-9) {
                        conflict(out, key, "table " + fmt(tv) + " (" + out.values().get(key).snippet() + ")", s);
                        break;
                    }
                }
                continue;
            }
            if (values.size() > 1) {
                out.warn("text_conflict");
                List<String> both = new ArrayList<>();
                for (Statement s : exact) both.add(fmt(s.value()) + " (" + s.snippet() + ")");
                out.note(key + ": the text states " + String.join(" and ", both));
                continue;
            }
            if (values.isEmpty()) {
                out.warn("approximate");
                out.note(key + ": approximate figure not taken (" + inScope.get(0).snippet() + ")");
                continue;
            }
            Statement s = exact.get(0);
            out.put(new MetricValue(key, s.value(), MetricValue.TEXT, s.offset(), s.snippet()));
        }
        negatives(out, prose.negatives(), freeText, government, tableKeys);
        // no request received, by a figure of 0: no channel had one and nothing was answered
        if (freeText && out.has("requests_new") && out.get("requests_new") == 0) {
            MetricValue head = out.values().get("requests_new");
            boolean contradicted = FREE_TEXT_REQUESTS.stream().anyMatch(k -> out.has(k) && out.get(k) != 0);
            if (!contradicted) {
                for (String k : FREE_TEXT_REQUESTS) {
                    if (!out.has(k)) out.put(new MetricValue(k, 0, MetricValue.DERIVED, head.offset(), "requests_new = 0 (" + head.snippet() + ")"));
                }
            }
        }
        // litigation_total = direct + after review, when the table gives both
        if (!out.has("litigation_total") && out.has("litigation_direct_total") && out.has("litigation_after_review_total")
                && !"source_inconsistent".equals(out.tables().get("review"))) {
            MetricValue d = out.values().get("litigation_direct_total");
            out.put(new MetricValue("litigation_total", d.value() + out.get("litigation_after_review_total"),
                    MetricValue.DERIVED, d.offset(), "litigation_direct_total + litigation_after_review_total"));
        }
        return out;
    }

    private static void conflict(Extraction out, String key, String first, Statement s) {
        out.values().remove(key);
        out.warn("text_table_conflict");
        out.note(key + ": " + first + " vs text " + fmt(s.value()) + " (" + s.snippet() + ")");
    }

    /** Whether a statement's scope is the issuer's own total (see the class comment). */
    static boolean inScope(String scope, String issuerKind) {
        boolean government = "government".equals(issuerKind), department = "department".equals(issuerKind);
        return switch (scope) {
            case FreeTextExtractor.UNMARKED -> true;
            case FreeTextExtractor.WHOLE -> !department;
            case FreeTextExtractor.OWN -> !government;
            default -> false;
        };
    }

    /** Zeros that negative statements state and imply. */
    private static void negatives(Extraction out, List<Negative> negatives, boolean freeText, boolean government, Set<String> tableKeys) {
        for (Negative n : negatives) {
            // a zero for the whole area holds for the issuer's own organ too; a zero for the organ says nothing of the area
            if (FreeTextExtractor.OWN.equals(n.scope()) && government) continue;
            String head;
            List<String> members;
            switch (n.group()) {
                case "requests" -> {
                    head = "requests_new";
                    members = freeText ? FREE_TEXT_REQUESTS : STD_REQUESTS;
                }
                case "review" -> {
                    head = "review_total";
                    members = freeText ? List.of() : List.of("review_upheld", "review_corrected", "review_other", "review_pending");
                }
                case "litigation" -> {
                    head = "litigation_total";
                    members = freeText ? List.of() : List.of("litigation_direct_upheld", "litigation_direct_corrected",
                            "litigation_direct_other", "litigation_direct_pending", "litigation_direct_total",
                            "litigation_after_review_upheld", "litigation_after_review_corrected", "litigation_after_review_other",
                            "litigation_after_review_pending", "litigation_after_review_total");
                }
                case "complaints" -> {
                    head = "complaints_total";
                    members = List.of();
                }
                case "withheld" -> {
                    head = "outcome_withheld";
                    members = List.of();
                }
                default -> {
                    head = "fees_collected_yuan";
                    members = List.of();
                }
            }
            boolean contradicted = false;
            for (String k : members) if (out.has(k) && out.get(k) != 0) contradicted = true;
            if (out.has(head)) {
                if (out.get(head) != 0) {
                    MetricValue had = out.values().remove(head);
                    out.warn(tableKeys.contains(head) ? "text_table_conflict" : "text_conflict");
                    out.note(head + ": " + had.method() + " " + fmt(had.value()) + " (" + had.snippet() + ") vs the text's zero ("
                            + n.snippet() + ")");
                    continue;
                }
            } else if (!contradicted && !hasNote(out, head)) {
                out.put(new MetricValue(head, 0, MetricValue.TEXT, n.offset(), n.snippet()));
            }
            if (contradicted) {
                // the statement and the figures disagree: neither is taken
                out.warn("text_table_conflict");
                List<String> named = new ArrayList<>();
                for (String k : members) {
                    if (out.has(k) && out.get(k) != 0) {
                        named.add(k + " " + fmt(out.get(k)));
                        out.values().remove(k);
                    }
                }
                out.note(n.group() + ": the text says none (" + n.snippet() + ") but the figures say " + String.join(", ", named));
                if (out.has(head)) out.values().remove(head);
                continue;
            }
            if (!out.has(head)) continue;
            for (String k : members) {
                if (!out.has(k)) out.put(new MetricValue(k, 0, MetricValue.DERIVED, n.offset(), n.snippet() + " [implies 0 for the group]"));
            }
        }
    }

    private static boolean hasNote(Extraction out, String key) {
        for (String n : out.notes()) if (n.startsWith(key + ":")) return true;
        return false;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

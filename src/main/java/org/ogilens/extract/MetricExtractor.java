package org.ogilens.extract;

import org.ogilens.understand.IdentityExtractor;

import java.util.Map;

/**
 * All figures of one report: the standard tables where the layout has them, sentences everywhere. For a
 * key both state, the table wins and a disagreement is a {@code text_table_conflict} warning carrying both.
 */
public final class MetricExtractor {
    private MetricExtractor() {}

    public static Extraction extract(String cleaned, String format, boolean fromPdf, Integer reportYear) {
        Extraction out = new Extraction();
        if (!IdentityExtractor.FREE_TEXT.equals(format)) TableRebuilder.rebuild(cleaned, format, out);
        else StatisticsTable.extract(cleaned, out);
        Map<String, FreeTextExtractor.Found> text = FreeTextExtractor.extract(cleaned, fromPdf, reportYear);
        for (FreeTextExtractor.Found f : text.values()) {
            if (out.has(f.key())) {
                Double tv = out.get(f.key());
                if (f.value() != null && Math.abs(tv - f.value()) > 1e-9) {
                    out.warn("text_table_conflict");
                    out.note(f.key() + ": table " + fmt(tv) + " vs text " + fmt(f.value()) + " (" + f.snippet() + ")");
                }
                continue;
            }
            if (f.approximate()) {
                out.warn("approximate_value");
                out.note(f.key() + ": approximate figure not taken (" + f.snippet() + ")");
                continue;
            }
            // the table's own figures are the report's word for table keys; where the table is an image,
            // its figures are not stated, whatever a sentence elsewhere restates (kept: a sentence is a statement)
            out.put(new MetricValue(f.key(), f.value(), MetricValue.TEXT, f.offset(), f.snippet()));
        }
        // litigation_total = direct + after review, when the table gives both
        if (!out.has("litigation_total") && out.has("litigation_direct_total") && out.has("litigation_after_review_total")) {
            MetricValue d = out.values().get("litigation_direct_total");
            out.put(new MetricValue("litigation_total", d.value() + out.get("litigation_after_review_total"),
                    MetricValue.DERIVED, d.offset(), "litigation_direct_total + litigation_after_review_total"));
        }
        return out;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

package org.ogilens.evaluate;

import org.ogilens.extract.MetricValue;
import org.ogilens.pipeline.ProcessedDocument;
import org.ogilens.understand.Identity;
import org.ogilens.understand.Region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** What a processed document gives the evaluator, straight from the plain-Java pipeline (no Spark). */
public final class Observations {
    private Observations() {}

    public static Evaluator.Observed of(ProcessedDocument d) {
        if (!d.isReport()) return Evaluator.Observed.missing("rejected: " + d.rejectReason() + " (" + d.rejectDetail() + ")");
        Identity id = d.identity();
        Region r = id.region();
        Map<String, String> dims = new HashMap<>();
        dims.put("issuer_kind", id.issuerKind());
        dims.put("admin_level", r == null ? null : r.adminLevel());
        dims.put("region_code", r == null ? null : r.regionCode());
        dims.put("province", r == null ? null : r.province());
        dims.put("prefecture", r == null ? null : r.prefecture());
        dims.put("county", r == null ? null : r.county());
        dims.put("township", r == null ? null : r.township());
        dims.put("report_year", id.reportYear() == null ? null : String.valueOf(id.reportYear()));
        dims.put("publish_date", id.publishDate());
        dims.put("period_start", id.periodStart());
        dims.put("period_end", id.periodEnd());
        dims.put("format", id.format());
        Map<String, Double> metrics = new HashMap<>();
        for (MetricValue v : d.extraction().values().values()) metrics.put(v.key(), v.value());
        return new Evaluator.Observed(dims, metrics, new HashSet<>(d.warnings()), null);
    }
}

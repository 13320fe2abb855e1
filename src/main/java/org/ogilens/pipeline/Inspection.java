package org.ogilens.pipeline;

import org.ogilens.check.CheckResult;
import org.ogilens.extract.MetricValue;
import org.ogilens.understand.Identity;

/** A processed document as readable text: what `inspect` prints, for checking a figure against its source. */
public final class Inspection {
    private Inspection() {}

    public static String render(ProcessedDocument d) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(d.sourcePath()).append('\n');
        if (!d.isReport()) {
            return b.append("rejected: ").append(d.rejectReason()).append(" (").append(d.rejectDetail()).append(")\n").toString();
        }
        Identity id = d.identity();
        b.append("title: ").append(id.title()).append(id.titleDerived() ? " (derived)" : "").append('\n');
        b.append("issuer: ").append(id.issuer()).append(" [").append(id.issuerKind()).append("]  region: ")
                .append(id.region()).append('\n');
        b.append("year: ").append(id.reportYear()).append("  published: ").append(id.publishDate()).append("  period: ")
                .append(id.periodStart()).append(" – ").append(id.periodEnd()).append("  format: ").append(id.format()).append('\n');
        b.append("warnings: ").append(d.warnings()).append('\n');
        for (String n : d.extraction().notes()) b.append("  note: ").append(n).append('\n');
        for (MetricValue v : d.extraction().values().values()) {
            b.append(String.format("  %-34s %12s  %-7s @%-6d %s%n", v.key(), fmt(v.value()), v.method(), v.offset(), v.snippet()));
        }
        for (CheckResult c : d.checks()) {
            if (c.status().equals(CheckResult.PASS) || c.status().equals(CheckResult.NOT_APPLICABLE)) continue;
            b.append("  check ").append(c.check()).append(": ").append(c.status()).append(' ')
                    .append(c.detail() == null ? "" : c.detail()).append('\n');
        }
        var a = d.analysis();
        if (a != null) {
            b.append("tokens: ").append(a.tokenCount()).append("  terms: ").append(a.terms().size()).append('\n');
            b.append("summary: ").append(a.summary()).append('\n');
            for (String s : a.problems()) b.append("  problem: ").append(s).append('\n');
            for (String s : a.measures()) b.append("  measure: ").append(s).append('\n');
            for (var t : a.topics()) b.append("  topic ").append(t.topic()).append(": ").append(t.phrase()).append('\n');
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}

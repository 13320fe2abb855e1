package org.ogilens.pipeline;

import org.ogilens.check.QualityReport;

/** A processed document's facts for the quality report (the plain-Java path of {@code quality --files}). */
public final class QualityFacts {
    private QualityFacts() {}

    public static QualityReport.Facts of(ProcessedDocument d) {
        var t = d.extraction().tables();
        return new QualityReport.Facts(d.identity().format(), t.getOrDefault("requests", "absent"),
                t.getOrDefault("review", "absent"), d.identity().region() != null, d.identity().reportYear() != null,
                d.extraction().values().keySet(), d.warnings());
    }
}

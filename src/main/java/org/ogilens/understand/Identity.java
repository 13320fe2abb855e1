package org.ogilens.understand;

import java.util.List;

/** What a report says about itself, before any figure: see METRICS.md "identity and context". */
public record Identity(String title, boolean titleDerived, Integer reportYear, String publishDate,
                       String periodStart, String periodEnd, String format, String issuer, String issuerKind,
                       Region region, List<String> warnings) {}

package org.ogilens.extract;

/** One cell of the requests table: row key (a METRICS.md key), applicant column, value, offset in the text. */
public record GridCell(String row, String applicant, double value, int offset) {}

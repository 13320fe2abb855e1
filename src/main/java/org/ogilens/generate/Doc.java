package org.ogilens.generate;

import java.util.ArrayList;
import java.util.List;

/** The logical content of a synthetic report, before it is written in one input form: blocks in order. */
final class Doc {
    sealed interface Block permits Para, Table, Image, Furniture {}

    /** A paragraph of prose (or a heading). */
    record Para(String text) implements Block {}

    /** Page furniture: navigation, font-size widgets, metadata lines. */
    record Furniture(String text) implements Block {}

    /** A table image that stands in for a table: only its file name reaches the text. */
    record Image(String fileName) implements Block {}

    /** A cell of a table; label cells hold words, value cells a figure as printed. */
    record Cell(String text, int rowspan, int colspan, boolean value) {
        static Cell label(String t) { return new Cell(t, 1, 1, false); }

        static Cell label(String t, int rowspan, int colspan) { return new Cell(t, rowspan, colspan, false); }

        static Cell value(String t) { return new Cell(t, 1, 1, true); }
    }

    /** A table as rows of the cells that start in that row (cells spanning down are not repeated). */
    record Table(String name, List<List<Cell>> rows) implements Block {}

    final String title;
    final List<Block> blocks = new ArrayList<>();
    /** The page's metadata, as a crawl's header lines give it: publication date and the body named as publisher. */
    java.time.LocalDate published;
    String publisher;

    Doc(String title) { this.title = title; }

    void para(String s) { blocks.add(new Para(s)); }

    void furniture(String s) { blocks.add(new Furniture(s)); }
}

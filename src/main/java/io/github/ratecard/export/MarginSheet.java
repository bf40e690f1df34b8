package io.github.ratecard.export;

import java.math.BigDecimal;
import java.util.List;

/** A report as a table for the XLSX and CSV writers: a title, a heading per column and lines of cells (text or number). */
public final class MarginSheet {

    /** One cell: text or a number (amount or percentage), never both; both null for an empty cell. */
    public record Cell(String text, BigDecimal number) {
        public static Cell of(String text) {
            return new Cell(text, null);
        }

        public static Cell of(BigDecimal number) {
            return new Cell(null, number);
        }
    }

    private final List<String> heads;
    private final List<List<Cell>> lines;
    private final String title;
    private final List<String> notes;

    /** {@code notes}: sentences below the table (after an empty line), outside its filter and sorting. */
    public MarginSheet(String title, List<String> heads, List<List<Cell>> lines, List<String> notes) {
        this.title = title;
        this.heads = List.copyOf(heads);
        this.lines = List.copyOf(lines);
        this.notes = List.copyOf(notes);
    }

    public List<String> notes() {
        return notes;
    }

    public String title() {
        return title;
    }

    public List<String> heads() {
        return heads;
    }

    public List<List<Cell>> lines() {
        return lines;
    }
}

package io.github.ratecard.web;

import java.util.List;

/**
 * One row of a page's table or one tile, already formatted: an id (for links and tests), a label,
 * its cells, a state the page colours it by ({@code ok}, {@code warning}, {@code over}, or empty)
 * and an optional note.
 */
public final class PageRow {

    private final String id;
    private final String label;
    private final List<String> cells;
    private final String state;
    private final String note;

    public PageRow(String id, String label, List<String> cells, String state, String note) {
        this.id = id;
        this.label = label;
        this.cells = List.copyOf(cells);
        this.state = state == null ? "" : state;
        this.note = note;
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public List<String> getCells() {
        return cells;
    }

    /** The first cell (a tile's value); empty for none. */
    public String getValue() {
        return cells.isEmpty() ? "" : cells.get(0);
    }

    public String getState() {
        return state;
    }

    public boolean isHasNote() {
        return note != null && !note.isEmpty();
    }

    public String getNote() {
        return note;
    }
}

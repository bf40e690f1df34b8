package io.github.ratecard.web;

import java.util.List;

/** One row of the Periods page's grid: every project, or one project, and its months. */
public final class PeriodScope {

    private final String label;
    private final List<PeriodCell> cells;

    public PeriodScope(String label, List<PeriodCell> cells) {
        this.label = label;
        this.cells = List.copyOf(cells);
    }

    public String getLabel() {
        return label;
    }

    public List<PeriodCell> getCells() {
        return cells;
    }
}

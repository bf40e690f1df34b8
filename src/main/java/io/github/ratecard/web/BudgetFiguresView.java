package io.github.ratecard.web;

import java.util.List;

/**
 * The selected budget on the Budget page, formatted: its label and current period, the threshold
 * banner (null for none), the verdict (null for an hours-only budget), its tiles, the burn chart (null for an hours-only budget), its
 * tables (periods, burn, breakdowns, forecast) and notes on what is not counted.
 */
public final class BudgetFiguresView {

    private final long budgetId;
    private final String label;
    private final String period;
    private final String asOf;
    private final String alert;
    private final BudgetVerdict verdict;
    private final List<PageRow> tiles;
    private final BurnChart chart;
    private final List<PageTable> tables;
    private final List<String> notes;

    public BudgetFiguresView(long budgetId, String label, String period, String asOf, String alert, BudgetVerdict verdict, List<PageRow> tiles, BurnChart chart,
                             List<PageTable> tables, List<String> notes) {
        this.budgetId = budgetId;
        this.label = label;
        this.period = period;
        this.asOf = asOf;
        this.alert = alert;
        this.verdict = verdict;
        this.tiles = List.copyOf(tiles);
        this.chart = chart;
        this.tables = List.copyOf(tables);
        this.notes = List.copyOf(notes);
    }

    public long getBudgetId() {
        return budgetId;
    }

    public String getLabel() {
        return label;
    }

    public String getPeriod() {
        return period;
    }

    public String getAsOf() {
        return asOf;
    }

    public boolean isHasAlert() {
        return alert != null;
    }

    public String getAlert() {
        return alert;
    }

    /** The one answer on a money budget: null for a budget of hours only. */
    public boolean isHasVerdict() {
        return verdict != null;
    }

    public BudgetVerdict getVerdict() {
        return verdict;
    }

    public List<PageRow> getTiles() {
        return tiles;
    }

    public boolean isHasChart() {
        return chart != null;
    }

    public BurnChart getChart() {
        return chart;
    }

    public List<PageTable> getTables() {
        return tables;
    }

    public List<String> getNotes() {
        return notes;
    }
}

package io.github.ratecard.web;

import java.util.List;

/**
 * One row of the profitability page, formatted for the viewer: its label, its cells, whether it
 * loses money, the trend's arrow and words, and the link to the entries behind it (empty for none).
 */
public final class MarginPageRow {

    private final String label;
    private final List<String> cells;
    private final boolean loss;
    private final String trend;
    private final String trendText;
    private final String entriesUrl;

    public MarginPageRow(String label, List<String> cells, boolean loss, String trend, String trendText, String entriesUrl) {
        this.label = label;
        this.cells = List.copyOf(cells);
        this.loss = loss;
        this.trend = trend;
        this.trendText = trendText;
        this.entriesUrl = entriesUrl == null ? "" : entriesUrl;
    }

    public String getLabel() {
        return label;
    }

    public List<String> getCells() {
        return cells;
    }

    public boolean isLoss() {
        return loss;
    }

    /** up, down or flat; empty without a trend. */
    public String getTrend() {
        return trend;
    }

    public String getTrendText() {
        return trendText;
    }

    public String getEntriesUrl() {
        return entriesUrl;
    }
}

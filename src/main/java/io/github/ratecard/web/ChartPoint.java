package io.github.ratecard.web;

/** One data point of a chart series: where it is drawn and what it says to a pointer, a keyboard and a screen reader. */
public final class ChartPoint {

    private final String x;
    private final String y;
    private final String label;

    public ChartPoint(String x, String y, String label) {
        this.x = x;
        this.y = y;
        this.label = label;
    }

    public String getX() {
        return x;
    }

    public String getY() {
        return y;
    }

    /** E.g. "Actual, Oct 31, 2026: €12,345.00". */
    public String getLabel() {
        return label;
    }
}

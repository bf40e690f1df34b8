package io.github.ratecard.web;

/** A budget threshold drawn across the chart at height {@code y}; the line at 100 % is the budget itself. */
public final class ChartThreshold {

    private final int percent;
    private final String y;
    private final String labelY;

    public ChartThreshold(int percent, String y, String labelY) {
        this.percent = percent;
        this.y = y;
        this.labelY = labelY;
    }

    public int getPercent() {
        return percent;
    }

    public boolean isBudgetLine() {
        return percent == 100;
    }

    public String getY() {
        return y;
    }

    public String getLabelY() {
        return labelY;
    }
}

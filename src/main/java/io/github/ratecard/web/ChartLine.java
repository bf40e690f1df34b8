package io.github.ratecard.web;

/**
 * One series of the burn chart ({@code actual}, {@code plan} or {@code forecast}): its SVG points
 * and the amounts it passes through, in minor units at each bucket's end.
 */
public final class ChartLine {

    private final String series;
    private final String points;
    private final String amounts;

    public ChartLine(String series, String points, String amounts) {
        this.series = series;
        this.points = points;
        this.amounts = amounts;
    }

    /** The element's id, also its CSS class. */
    public String getId() {
        return "ratecard-burn-" + series;
    }

    public String getTitleKey() {
        return "ratecard.budget.chart." + series;
    }

    public String getPoints() {
        return points;
    }

    public String getAmounts() {
        return amounts;
    }
}

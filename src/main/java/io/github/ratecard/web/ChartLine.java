package io.github.ratecard.web;

import java.util.List;

/**
 * One series of the burn chart ({@code actual}, {@code plan} or {@code forecast}): its SVG points,
 * the amounts it passes through (in minor units at each bucket's end, the actual at the status
 * day) and those points as data points a person can point at or tab to.
 */
public final class ChartLine {

    private final String series;
    private final String points;
    private final String amounts;
    private final List<ChartPoint> dataPoints;

    public ChartLine(String series, String points, String amounts, List<ChartPoint> dataPoints) {
        this.series = series;
        this.points = points;
        this.amounts = amounts;
        this.dataPoints = List.copyOf(dataPoints);
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

    public List<ChartPoint> getDataPoints() {
        return dataPoints;
    }
}

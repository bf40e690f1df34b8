package io.github.ratecard.web;

import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The geometry of a budget's burn chart, which the page template draws as an accessible SVG:
 * cumulative actual spending, the plan and the run-rate forecast over the period's buckets, and a
 * line for each threshold. Each series carries its figures in minor units at each bucket's end,
 * and the page adds a table with the same figures. Every text is already formatted; the words
 * come from i18n in the template.
 */
public final class BurnChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 96;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;
    private static final int Y_STEPS = 4;
    private static final int MOST_DATES = 6;

    private final List<ChartText> ticks;
    private final List<ChartThreshold> thresholds;
    private final List<ChartLine> lines;

    private BurnChart(List<ChartText> ticks, List<ChartThreshold> thresholds, List<ChartLine> lines) {
        this.ticks = List.copyOf(ticks);
        this.thresholds = List.copyOf(thresholds);
        this.lines = List.copyOf(lines);
    }

    /** The chart of the burn points against the budget's amount and thresholds (in percent). */
    public static BurnChart of(List<BurnPoint> points, Money budget, List<Integer> thresholds, ViewerFormat format) {
        long top = budget.minorUnits();
        for (BurnPoint point : points) {
            top = Math.max(top, max(point.cumulative(), point.planned(), point.forecast()));
        }
        Plot plot = new Plot(points.size(), Math.max(1, top + top / 10));
        List<ChartThreshold> lines = new ArrayList<>();
        for (int threshold : thresholds) {
            long minor = BigDecimal.valueOf(budget.minorUnits()).multiply(BigDecimal.valueOf(threshold))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            double y = plot.y(minor);
            lines.add(new ChartThreshold(threshold, fmt(y), fmt(y - 4)));
        }
        List<ChartLine> series = new ArrayList<>();
        line("plan", plot, points, BurnPoint::planned, false).ifPresent(series::add);
        line("forecast", plot, points, BurnPoint::forecast, true).ifPresent(series::add);
        line("actual", plot, points, BurnPoint::cumulative, false).ifPresent(series::add);
        return new BurnChart(ticks(plot, budget, points, format), lines, series);
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int getAxisLeft() {
        return LEFT;
    }

    public int getAxisRight() {
        return WIDTH - RIGHT;
    }

    public int getAxisY() {
        return HEIGHT - BOTTOM;
    }

    /** Where threshold labels end. */
    public int getLabelX() {
        return WIDTH - RIGHT - 4;
    }

    /** The amounts up the side, then the dates along the bottom. */
    public List<ChartText> getTicks() {
        return ticks;
    }

    public List<ChartThreshold> getThresholds() {
        return thresholds;
    }

    /** Plan, forecast and actual, in drawing order; a series without a point is left out. */
    public List<ChartLine> getLines() {
        return lines;
    }

    /**
     * A series from the first bucket's start (at zero) through each bucket's end that has a value;
     * the forecast instead starts where the actual spending ends.
     */
    private static Optional<ChartLine> line(String name, Plot plot, List<BurnPoint> points, Function<BurnPoint, Money> series,
                                            boolean continuesActual) {
        StringBuilder coordinates = new StringBuilder();
        StringBuilder amounts = new StringBuilder();
        Money last = null;
        for (int i = 0; i < points.size(); i++) {
            BurnPoint point = points.get(i);
            Money value = series.apply(point);
            if (value == null) {
                if (continuesActual && point.cumulative() != null) {
                    last = point.cumulative();
                }
                continue;
            }
            if (coordinates.length() == 0) {
                boolean fromActual = continuesActual && last != null;
                coordinates.append(fmt(fromActual ? plot.x(i) : LEFT)).append(',').append(fmt(plot.y(fromActual ? last.minorUnits() : 0)));
            }
            coordinates.append(' ').append(fmt(plot.x(i + 1))).append(',').append(fmt(plot.y(value.minorUnits())));
            amounts.append(amounts.length() == 0 ? "" : " ").append(value.minorUnits());
        }
        return coordinates.length() == 0 ? Optional.empty()
                : Optional.of(new ChartLine(name, coordinates.toString(), amounts.toString()));
    }

    private static List<ChartText> ticks(Plot plot, Money budget, List<BurnPoint> points, ViewerFormat format) {
        List<ChartText> ticks = new ArrayList<>();
        for (int step = 0; step <= Y_STEPS; step++) {
            long minor = plot.ceiling() * step / Y_STEPS;
            ticks.add(new ChartText(String.valueOf(LEFT - 6), fmt(plot.y(minor) + 4), "end",
                    format.wholeMoney(Money.ofMinor(minor, budget.currency()))));
        }
        int every = Math.max(1, (points.size() + MOST_DATES - 1) / MOST_DATES);
        for (int i = 0; i < points.size(); i += every) {
            ticks.add(new ChartText(fmt(plot.x(i + 1)), String.valueOf(HEIGHT - BOTTOM + 18), i + 1 == points.size() ? "end" : "middle",
                    format.shortDate(points.get(i).bucket().last())));
        }
        return ticks;
    }

    private static long max(Money... amounts) {
        long max = 0;
        for (Money amount : amounts) {
            if (amount != null) {
                max = Math.max(max, amount.minorUnits());
            }
        }
        return max;
    }

    private static String fmt(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Where bucket ends and amounts fall on the drawing. */
    private record Plot(int buckets, long ceiling) {
        double x(int bucketEnd) {
            return LEFT + (WIDTH - LEFT - RIGHT) * (buckets == 0 ? 0 : (double) bucketEnd / buckets);
        }

        double y(long minor) {
            return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * ((double) minor / ceiling);
        }
    }
}

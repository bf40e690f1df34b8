package io.github.ratecard.web;

import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The geometry of a budget's burn chart, which the page template draws as an accessible SVG:
 * cumulative actual spending up to the status day, the plan and the run-rate forecast from the
 * status day to the period's end, a line for each threshold, and hatched bands where spending or
 * the forecast is over budget. Time runs along the period's days; amounts go up in round steps
 * ({@link NiceTicks}). Every data point carries its formatted value for hover and keyboard focus,
 * and the page adds a table with the same figures. Every text is already formatted.
 */
public final class BurnChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 96;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;
    private static final int MOST_STEPS = 5;
    private static final int MOST_DATES = 6;

    private final List<ChartText> ticks;
    private final List<ChartThreshold> thresholds;
    private final List<ChartLine> lines;
    private final List<ChartBand> overBudget;
    private final String asOfX;

    private BurnChart(List<ChartText> ticks, List<ChartThreshold> thresholds, List<ChartLine> lines, List<ChartBand> overBudget, String asOfX) {
        this.ticks = List.copyOf(ticks);
        this.thresholds = List.copyOf(thresholds);
        this.lines = List.copyOf(lines);
        this.overBudget = List.copyOf(overBudget);
        this.asOfX = asOfX;
    }

    /** The chart of the burn points (consecutive buckets of one period) against the budget's amount and thresholds (in percent), on the day. */
    public static BurnChart of(List<BurnPoint> points, Money budget, List<Integer> thresholds, LocalDate asOf, ViewerFormat format) {
        long highest = budget.minorUnits();
        for (BurnPoint point : points) {
            highest = Math.max(highest, max(point.cumulative(), point.planned(), point.forecast()));
        }
        List<Long> steps = NiceTicks.of(highest, MOST_STEPS);
        LocalDate first = points.isEmpty() ? asOf : points.get(0).bucket().first();
        LocalDate last = points.isEmpty() ? asOf : points.get(points.size() - 1).bucket().last();
        Plot plot = new Plot(first, ChronoUnit.DAYS.between(first, last) + 1, steps.get(steps.size() - 1));
        List<ChartThreshold> lines = new ArrayList<>();
        for (int threshold : thresholds) {
            long minor = BigDecimal.valueOf(budget.minorUnits()).multiply(BigDecimal.valueOf(threshold))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            double y = plot.y(minor);
            lines.add(new ChartThreshold(threshold, fmt(y), fmt(y - 4)));
        }
        Series series = new Series(plot, format);
        List<ChartLine> drawn = new ArrayList<>();
        series.plan(points).ifPresent(drawn::add);
        series.forecast(points, asOf).ifPresent(drawn::add);
        series.actual(points, asOf).ifPresent(drawn::add);
        boolean asOfInside = !asOf.isBefore(first) && asOf.isBefore(last);
        return new BurnChart(ticks(plot, steps, budget, points, format), lines, drawn, OverBudgetBands.of(points, budget, plot, format),
                asOfInside ? fmt(plot.x(asOf)) : null);
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

    public int getAxisTop() {
        return TOP;
    }

    public int getPlotHeight() {
        return HEIGHT - TOP - BOTTOM;
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

    public boolean isHasOverBudget() {
        return !overBudget.isEmpty();
    }

    public List<ChartBand> getOverBudget() {
        return overBudget;
    }

    /** Where the status day stands, when it falls inside the period (before its last day). */
    public boolean isHasAsOf() {
        return asOfX != null;
    }

    public String getAsOfX() {
        return asOfX;
    }

    private static List<ChartText> ticks(Plot plot, List<Long> steps, Money budget, List<BurnPoint> points, ViewerFormat format) {
        List<ChartText> ticks = new ArrayList<>();
        long major = BigDecimal.TEN.pow(Math.max(0, budget.currency().getDefaultFractionDigits())).longValueExact();
        boolean whole = steps.size() < 2 || steps.get(1) % major == 0;
        for (long minor : steps) {
            Money amount = Money.ofMinor(minor, budget.currency());
            ticks.add(new ChartText(String.valueOf(LEFT - 6), fmt(plot.y(minor) + 4), "end", whole ? format.wholeMoney(amount) : format.money(amount)));
        }
        int every = Math.max(1, (points.size() + MOST_DATES - 1) / MOST_DATES);
        for (int i = 0; i < points.size(); i += every) {
            LocalDate end = points.get(i).bucket().last();
            ticks.add(new ChartText(fmt(plot.x(end)), String.valueOf(HEIGHT - BOTTOM + 18), i + 1 == points.size() ? "end" : "middle",
                    format.shortDate(end)));
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

    static String fmt(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Where days and amounts fall on the drawing: a day's point is at its end. */
    record Plot(LocalDate first, long days, long ceiling) {

        double x(LocalDate day) {
            return LEFT + (WIDTH - LEFT - RIGHT) * ((double) ChronoUnit.DAYS.between(first, day.plusDays(1)) / days);
        }

        double left() {
            return LEFT;
        }

        double y(long minor) {
            return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * ((double) minor / ceiling);
        }
    }

    /** Draws the three series, each point labelled with its series, day and amount. */
    private record Series(Plot plot, ViewerFormat format) {

        java.util.Optional<ChartLine> plan(List<BurnPoint> points) {
            Builder line = new Builder("plan", plot.left(), plot.y(0));
            points.forEach(point -> line.add(point.bucket().last(), point.planned()));
            return line.build();
        }

        /** The actual spending, its last point on the status day rather than at its bucket's end. */
        java.util.Optional<ChartLine> actual(List<BurnPoint> points, LocalDate asOf) {
            Builder line = new Builder("actual", plot.left(), plot.y(0));
            for (BurnPoint point : points) {
                if (point.cumulative() != null) {
                    line.add(point.bucket().last().isAfter(asOf) ? asOf : point.bucket().last(), point.cumulative());
                }
            }
            return line.build();
        }

        /** The forecast from where the actual spending stands on the status day (zero at the start before the period). */
        java.util.Optional<ChartLine> forecast(List<BurnPoint> points, LocalDate asOf) {
            Money actual = null;
            for (BurnPoint point : points) {
                if (point.cumulative() != null) {
                    actual = point.cumulative();
                }
            }
            Builder line = actual == null || asOf.isBefore(plot.first()) ? new Builder("forecast", plot.left(), plot.y(0))
                    : new Builder("forecast", plot.x(asOf), plot.y(actual.minorUnits()));
            for (BurnPoint point : points) {
                if (point.forecast() != null) {
                    line.add(point.bucket().last(), point.forecast());
                }
            }
            return line.build();
        }

        private final class Builder {
            private final String name;
            private final StringBuilder coordinates = new StringBuilder();
            private final StringBuilder amounts = new StringBuilder();
            private final List<ChartPoint> dataPoints = new ArrayList<>();

            Builder(String name, double startX, double startY) {
                this.name = name;
                coordinates.append(fmt(startX)).append(',').append(fmt(startY));
            }

            void add(LocalDate day, Money value) {
                String x = fmt(plot.x(day));
                String y = fmt(plot.y(value.minorUnits()));
                coordinates.append(' ').append(x).append(',').append(y);
                amounts.append(amounts.length() == 0 ? "" : " ").append(value.minorUnits());
                dataPoints.add(new ChartPoint(x, y, format.text("ratecard.budget.chart.point", format.text("ratecard.budget.chart." + name),
                        format.date(day), format.money(value))));
            }

            java.util.Optional<ChartLine> build() {
                return dataPoints.isEmpty() ? java.util.Optional.empty()
                        : java.util.Optional.of(new ChartLine(name, coordinates.toString(), amounts.toString(), dataPoints));
            }
        }
    }

    /** The stretches of buckets whose cumulative spending (or, ahead of the day, forecast) is over the budget, one band per run. */
    private static final class OverBudgetBands {

        static List<ChartBand> of(List<BurnPoint> points, Money budget, Plot plot, ViewerFormat format) {
            List<ChartBand> bands = new ArrayList<>();
            int start = -1;
            boolean forecastRun = false;
            for (int i = 0; i <= points.size(); i++) {
                BurnPoint point = i < points.size() ? points.get(i) : null;
                Money value = point == null ? null : point.cumulative() != null ? point.cumulative() : point.forecast();
                boolean over = value != null && value.compareTo(budget) > 0;
                boolean forecast = point != null && point.cumulative() == null;
                if (start >= 0 && (!over || forecast != forecastRun)) {
                    bands.add(band(points.get(start).bucket().first(), points.get(i - 1).bucket().last(), forecastRun, plot, format));
                    start = -1;
                }
                if (over && start < 0) {
                    start = i;
                    forecastRun = forecast;
                }
            }
            return bands;
        }

        private static ChartBand band(LocalDate from, LocalDate to, boolean forecast, Plot plot, ViewerFormat format) {
            double left = plot.x(from.minusDays(1));
            double right = plot.x(to);
            boolean rightHalf = left > (LEFT + WIDTH - RIGHT) / 2.0;
            String key = forecast ? "ratecard.budget.chart.forecastOver" : "ratecard.budget.chart.over";
            return new ChartBand(fmt(left), fmt(right - left), fmt(rightHalf ? right - 4 : left + 4), rightHalf ? "end" : "start", forecast,
                    format.text(key), format.text(key + ".during", format.date(from), format.date(to)));
        }
    }
}

package io.github.ratecard.web;

import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A budget's burn as an accessible SVG drawn on the server: cumulative actual spending, the plan
 * and the run-rate forecast over the period's buckets, and a line for each threshold. The chart
 * has a title and a description; each line carries its figures in {@code data-amounts} (minor
 * units at each bucket's end), and the page adds a table with the same figures.
 */
public final class BurnChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 96;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;

    /** The words the chart shows, in the viewer's language. */
    public record Texts(String title, String description, String actual, String plan, String forecast, String budget) {
    }

    private BurnChart() {
    }

    /** The SVG, every text in it escaped. */
    public static String svg(List<BurnPoint> points, Money budget, List<Integer> thresholds, Texts texts, Locale locale) {
        long top = budget.minorUnits();
        for (BurnPoint point : points) {
            top = Math.max(top, max(point.cumulative(), point.planned(), point.forecast()));
        }
        long ceiling = Math.max(1, top + top / 10);
        Plot plot = new Plot(points.size(), ceiling);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ratecard-burn\" id=\"ratecard-burn-chart\" role=\"img\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"ratecard-burn-title ratecard-burn-desc\">")
                .append("<title id=\"ratecard-burn-title\">").append(HtmlText.escape(texts.title())).append("</title>")
                .append("<desc id=\"ratecard-burn-desc\">").append(HtmlText.escape(texts.description())).append("</desc>");
        axes(svg, plot, budget, ceiling, points, locale);
        for (int threshold : thresholds) {
            long minor = BigDecimal.valueOf(budget.minorUnits()).multiply(BigDecimal.valueOf(threshold))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            double y = plot.y(minor);
            svg.append("<line class=\"ratecard-burn-threshold\" data-threshold=\"").append(threshold).append("\" x1=\"").append(LEFT)
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"ratecard-burn-label\" x=\"").append(WIDTH - RIGHT - 4).append("\" y=\"").append(fmt(y - 4))
                    .append("\" text-anchor=\"end\">").append(threshold == 100 ? HtmlText.escape(texts.budget()) : threshold + " %")
                    .append("</text>");
        }
        line(svg, "ratecard-burn-plan", texts.plan(), plot, points, Series.PLAN);
        line(svg, "ratecard-burn-forecast", texts.forecast(), plot, points, Series.FORECAST);
        line(svg, "ratecard-burn-actual", texts.actual(), plot, points, Series.ACTUAL);
        svg.append("</svg>");
        return svg.toString();
    }

    private enum Series { ACTUAL, PLAN, FORECAST }

    private static void line(StringBuilder svg, String id, String label, Plot plot, List<BurnPoint> points, Series series) {
        StringBuilder coordinates = new StringBuilder();
        StringBuilder amounts = new StringBuilder();
        Money last = null;
        for (int i = 0; i < points.size(); i++) {
            BurnPoint point = points.get(i);
            Money value = switch (series) {
                case ACTUAL -> point.cumulative();
                case PLAN -> point.planned();
                case FORECAST -> point.forecast();
            };
            if (value == null) {
                if (series == Series.FORECAST && point.cumulative() != null) {
                    last = point.cumulative();
                }
                continue;
            }
            if (coordinates.length() == 0) {
                Money start = series == Series.FORECAST && last != null ? last : null;
                double startX = series == Series.FORECAST && last != null ? plot.x(i) : LEFT;
                coordinates.append(fmt(startX)).append(',').append(fmt(plot.y(start == null ? 0 : start.minorUnits())));
            }
            coordinates.append(' ').append(fmt(plot.x(i + 1))).append(',').append(fmt(plot.y(value.minorUnits())));
            amounts.append(amounts.length() == 0 ? "" : " ").append(value.minorUnits());
        }
        if (coordinates.length() == 0) {
            return;
        }
        svg.append("<polyline id=\"").append(id).append("\" class=\"").append(id).append("\" fill=\"none\" points=\"").append(coordinates)
                .append("\" data-amounts=\"").append(amounts).append("\"><title>").append(HtmlText.escape(label)).append("</title></polyline>");
    }

    private static void axes(StringBuilder svg, Plot plot, Money budget, long ceiling, List<BurnPoint> points, Locale locale) {
        svg.append("<line class=\"ratecard-burn-axis\" x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        for (int step = 0; step <= 4; step++) {
            long minor = ceiling * step / 4;
            double y = plot.y(minor);
            svg.append("<text class=\"ratecard-burn-tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(MoneyFormat.format(Money.ofMinor(minor, budget.currency()), locale)
                            .replaceAll("[.,]\\d+(?=\\D*$)", ""))).append("</text>");
        }
        if (points.isEmpty()) {
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        int every = Math.max(1, (points.size() + 5) / 6);
        for (int i = 0; i < points.size(); i += every) {
            svg.append("<text class=\"ratecard-burn-tick\" x=\"").append(fmt(plot.x(i + 1))).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"").append(i + 1 == points.size() ? "end" : "middle").append("\">").append(HtmlText.escape(dates.format(points.get(i).bucket().last()))).append("</text>");
        }
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

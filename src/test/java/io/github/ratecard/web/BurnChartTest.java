package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/** The burn chart's geometry: where the actual line stops, where the forecast starts, which stretches are marked over budget. */
public class BurnChartTest {

    private static final ViewerFormat ENGLISH = new ViewerFormat(new BundleI18n(() -> Locale.ENGLISH), Locale.ENGLISH);

    /** Three ten-day buckets of a €1,000 budget; €600 by Jan 10, €1,050 by Jan 15 (the status day), forecast €1,400 by Jan 30. */
    private final List<BurnPoint> points = List.of(
            point("2026-01-01", "2026-01-10", "600", "333.33", null),
            point("2026-01-11", "2026-01-20", "1050", "666.67", "1200"),
            new BurnPoint(range("2026-01-21", "2026-01-30"), eur("0"), null, eur("1000"), eur("1400"), false));

    @Test
    public void actualLine_shouldEndOnTheStatusDayNotAtItsBucketsEnd() {
        BurnChart chart = BurnChart.of(points, eur("1000"), List.of(100), LocalDate.parse("2026-01-15"), ENGLISH);

        ChartLine actual = line(chart, "ratecard-burn-actual");
        // 30 days over 608 px from x = 96: the end of Jan 15 is at 96 + 608 × 15 / 30 = 400
        assertTrue(actual.getPoints(), actual.getPoints().endsWith(" 400.0," + actual.getDataPoints().get(1).getY()));
        assertEquals("400.0", chart.getAsOfX());
    }

    @Test
    public void forecastLine_shouldStartWhereTheActualEnds() {
        BurnChart chart = BurnChart.of(points, eur("1000"), List.of(100), LocalDate.parse("2026-01-15"), ENGLISH);

        String actualEnd = line(chart, "ratecard-burn-actual").getDataPoints().get(1).getY();
        assertTrue(line(chart, "ratecard-burn-forecast").getPoints().startsWith("400.0," + actualEnd + " "));
    }

    @Test
    public void stretchesOverBudget_shouldBeMarkedSeparatelyForSpendingAndForecast() {
        BurnChart chart = BurnChart.of(points, eur("1000"), List.of(100), LocalDate.parse("2026-01-15"), ENGLISH);

        assertEquals(2, chart.getOverBudget().size());
        ChartBand spent = chart.getOverBudget().get(0);
        assertFalse(spent.isForecast());
        assertEquals("Over budget", spent.getText());
        assertEquals("Over budget from Jan 11, 2026 to Jan 20, 2026", spent.getLabel());
        assertEquals("298.7", spent.getX());
        assertTrue(chart.getOverBudget().get(1).isForecast());
    }

    @Test
    public void withinBudget_shouldMarkNothing() {
        BurnChart chart = BurnChart.of(points.subList(0, 1), eur("1000"), List.of(100), LocalDate.parse("2026-01-10"), ENGLISH);

        assertFalse(chart.isHasOverBudget());
        assertFalse("the status day is the period's last: no marker inside", chart.isHasAsOf());
    }

    @Test
    public void valueAxis_shouldStepInRoundAmounts() {
        BurnChart chart = BurnChart.of(points, eur("998.90"), List.of(100), LocalDate.parse("2026-01-15"), ENGLISH);

        List<String> amounts = chart.getTicks().stream().filter(t -> t.getAnchor().equals("end") && t.getX().equals("90"))
                .map(ChartText::getText).toList();
        assertEquals(List.of("€0", "€500", "€1,000", "€1,500"), amounts);
    }

    private static ChartLine line(BurnChart chart, String id) {
        return chart.getLines().stream().filter(l -> l.getId().equals(id)).findFirst().orElseThrow();
    }

    private static BurnPoint point(String from, String to, String cumulative, String planned, String forecast) {
        return new BurnPoint(range(from, to), eur(cumulative), eur(cumulative), eur(planned), forecast == null ? null : eur(forecast), true);
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }
}

package io.github.ratecard.budget;

import static io.github.ratecard.budget.BudgetPeriodsTest.range;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** A budget's status on a day: actual, plan, run-rate forecast, variance, run-out day and thresholds. */
public class BudgetCalculatorTest {

    private static final BudgetScope ACME = new BudgetScope(BudgetScope.Kind.PROJECT, "ACME");
    private final BudgetCalculator target = new BudgetCalculator(FiscalYear.CALENDAR, 2);

    @Test
    public void status_shouldAddUpSpendingToTheDayAndPlanLinearly() {
        Budget budget = total("3100.00", "2026-01-01", "2026-01-31");
        Spending spending = daily("100.00", "2026-01-01", "2026-01-10");

        BudgetStatus status = target.statusOf(budget, spending, LocalDate.parse("2026-01-10"));

        assertEquals(eur("1000.00"), status.actual());
        assertEquals(eur("1000.00"), status.planned()); // 10 of 31 days of 3,100
        assertEquals(eur("2100.00"), status.remaining());
        assertEquals(new BigDecimal("32.3"), status.consumedPercent());
    }

    @Test
    public void forecast_shouldExtrapolateTheRecentBurnToThePeriodsEnd() {
        Budget budget = total("3000.00", "2026-01-01", "2026-01-31");
        Spending spending = daily("100.00", "2026-01-01", "2026-01-14"); // 14 days at 100 = 1,400

        BudgetStatus status = target.statusOf(budget, spending, LocalDate.parse("2026-01-14"));

        assertEquals(eur("100.00"), status.burnPerDay());
        assertEquals(eur("3100.00"), status.forecast()); // 1,400 + 17 days × 100
        assertEquals(eur("-100.00"), status.variance());
        assertTrue(status.isForecastOver());
        assertFalse(status.isOver());
        assertEquals(Optional.of(LocalDate.parse("2026-01-30")), status.runOut()); // 1,600 left at 100 a day
    }

    @Test
    public void budgetWithoutHistory_shouldForecastNothingMoreAndNeverRunOut() {
        BudgetStatus status = target.statusOf(total("500.00", "2026-01-01", "2026-12-31"), new Spending(), LocalDate.parse("2026-03-01"));

        assertEquals(eur("0.00"), status.burnPerDay());
        assertEquals(eur("0.00"), status.forecast());
        assertEquals(eur("500.00"), status.variance());
        assertEquals(Optional.empty(), status.runOut());
    }

    @Test
    public void consumptionExactlyAtAThreshold_shouldCountAsCrossed() {
        Budget budget = total("1000.00", "2026-01-01", "2026-01-31");

        assertEquals(List.of(80), target.statusOf(budget, daily("800.00", "2026-01-05", "2026-01-05"), LocalDate.parse("2026-01-06"))
                .crossedThresholds());
        assertEquals(List.of(), target.statusOf(budget, daily("799.99", "2026-01-05", "2026-01-05"), LocalDate.parse("2026-01-06"))
                .crossedThresholds());
    }

    @Test
    public void overspentBudget_shouldSayTheDayItRanOut() {
        Budget budget = total("250.00", "2026-01-01", "2026-01-31");

        BudgetStatus status = target.statusOf(budget, daily("100.00", "2026-01-01", "2026-01-05"), LocalDate.parse("2026-01-05"));

        assertTrue(status.isOver());
        assertEquals(Optional.of(LocalDate.parse("2026-01-03")), status.runOut());
        assertEquals(List.of(80, 100), status.crossedThresholds());
    }

    @Test
    public void monthlyBudget_shouldCountOnlyTheMonthHoldingTheDay() {
        Budget budget = new Budget(1, ACME, Budget.Measure.COST, eur("1000.00"), null, PeriodKind.MONTH, range("2026-01-15", "2026-12-31"),
                null, "lead");
        Spending spending = daily("10.00", "2026-01-15", "2026-02-10");

        BudgetStatus january = target.statusOf(budget, spending, LocalDate.parse("2026-01-31"));
        BudgetStatus february = target.statusOf(budget, spending, LocalDate.parse("2026-02-10"));

        assertEquals(range("2026-01-15", "2026-01-31"), january.period()); // the budget starts mid-month
        assertEquals(eur("170.00"), january.actual());
        assertEquals(eur("1000.00"), january.planned()); // the whole (short) period has elapsed
        assertEquals(range("2026-02-01", "2026-02-28"), february.period());
        assertEquals(eur("100.00"), february.actual());
    }

    @Test
    public void dayBeforeTheBudgetStarts_shouldShowNothingSpentYet() {
        BudgetStatus status = target.statusOf(total("500.00", "2026-03-01", "2026-03-31"), daily("10.00", "2026-02-01", "2026-02-28"),
                LocalDate.parse("2026-02-15"));

        assertEquals(eur("0.00"), status.actual());
        assertEquals(eur("0.00"), status.planned());
        assertEquals(eur("500.00"), status.remaining());
    }

    @Test
    public void monthWithItsOwnAmount_shouldBeMeasuredAgainstIt() {
        Budget budget = new Budget(1, ACME, Budget.Measure.COST, eur("1000.00"), null, PeriodKind.MONTH, range("2026-01-01", "2026-03-31"),
                null, "lead", Map.of(LocalDate.parse("2026-02-01"), eur("2800.00")));
        Spending spending = daily("100.00", "2026-01-01", "2026-02-14");

        BudgetStatus january = target.statusOf(budget, spending, LocalDate.parse("2026-01-31"));
        BudgetStatus february = target.statusOf(budget, spending, LocalDate.parse("2026-02-14"));

        assertEquals(eur("1000.00"), january.budget());
        assertTrue(january.isOver());
        assertEquals(eur("2800.00"), february.budget());
        assertEquals(eur("1400.00"), february.planned()); // 14 of 28 days
        assertEquals(eur("1400.00"), february.remaining());
        assertFalse(february.isOver());
    }

    @Test
    public void phasedBudget_shouldPlanEachMonthsAmountOverItsDays() {
        Budget budget = new Budget(1, ACME, Budget.Measure.COST, eur("4030.00"), null, PeriodKind.TOTAL, range("2026-01-01", "2026-03-31"),
                null, "lead", Map.of(LocalDate.parse("2026-01-01"), eur("3100.00"), LocalDate.parse("2026-02-01"), eur("0.00"),
                LocalDate.parse("2026-03-01"), eur("930.00")));

        assertEquals(eur("1000.00"), target.statusOf(budget, new Spending(), LocalDate.parse("2026-01-10")).planned()); // 10 of 31 days of 3,100
        assertEquals(eur("3100.00"), target.statusOf(budget, new Spending(), LocalDate.parse("2026-02-20")).planned()); // February plans nothing
        assertEquals(eur("3400.00"), target.statusOf(budget, new Spending(), LocalDate.parse("2026-03-10")).planned()); // 10 of 31 days of 930
    }

    @Test
    public void phasedBudget_shouldBurnAlongItsMonthsInTheChart() {
        Budget budget = new Budget(1, ACME, Budget.Measure.COST, eur("4030.00"), null, PeriodKind.TOTAL, range("2026-01-01", "2026-03-31"),
                null, "lead", Map.of(LocalDate.parse("2026-01-01"), eur("3100.00"), LocalDate.parse("2026-02-01"), eur("0.00"),
                LocalDate.parse("2026-03-01"), eur("930.00")));

        List<BurnPoint> burn = target.burn(budget, new Spending(), LocalDate.parse("2026-01-15"), false);

        assertEquals(List.of(eur("3100.00"), eur("3100.00"), eur("4030.00")), burn.stream().map(BurnPoint::planned).toList());
    }

    private static Budget total(String amount, String first, String last) {
        return new Budget(1, ACME, Budget.Measure.COST, eur(amount), null, PeriodKind.TOTAL, range(first, last), null, "lead");
    }

    private static Spending daily(String amount, String first, String last) {
        Spending spending = new Spending();
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            spending.add(day, eur(amount));
        }
        return spending;
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }
}

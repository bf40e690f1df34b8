package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

/** Earned value, CPI and SPI from a status and Jira's time tracking. */
public class EarnedValueTest {

    private final BudgetCalculator calculator = new BudgetCalculator(FiscalYear.CALENDAR, 2);
    private final Budget budget = new Budget(1, new BudgetScope(BudgetScope.Kind.PROJECT, "ACME"), Budget.Measure.COST,
            Money.parse("1000.00", "EUR"), null, PeriodKind.TOTAL, BudgetPeriodsTest.range("2026-01-01", "2026-01-10"), null, "lead");

    @Test
    public void halfDoneAtHalfTimeForMoreThanHalfTheMoney_shouldBeOnScheduleButOverCost() {
        Spending spending = new Spending();
        for (int day = 1; day <= 5; day++) {
            spending.add(LocalDate.of(2026, 1, day), Money.parse("125.00", "EUR"));
        }
        BudgetStatus status = calculator.statusOf(budget, spending, LocalDate.parse("2026-01-05")); // actual 625, planned 500

        EarnedValue target = EarnedValue.of(status, 10 * 3600, 10 * 3600);

        assertEquals(new BigDecimal("0.5000"), target.progress());
        assertEquals(Money.parse("500.00", "EUR"), target.earned());
        assertEquals(Optional.of(new BigDecimal("0.80")), target.costPerformance());
        assertEquals(Optional.of(new BigDecimal("1.00")), target.schedulePerformance());
    }

    @Test
    public void nothingSpentYet_shouldHaveNoCostIndex() {
        BudgetStatus status = calculator.statusOf(budget, new Spending(), LocalDate.parse("2025-12-31"));

        EarnedValue target = EarnedValue.of(status, 0, 0);

        assertEquals(Optional.empty(), target.costPerformance());
        assertEquals(Optional.empty(), target.schedulePerformance());
    }
}

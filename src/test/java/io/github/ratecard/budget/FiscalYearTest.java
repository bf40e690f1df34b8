package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Which period holds a day, per period kind, for a calendar year and a fiscal year starting in April. */
@RunWith(Parameterized.class)
public class FiscalYearTest {

    private static final DateRange BUDGET = new DateRange(LocalDate.parse("2024-01-15"), LocalDate.parse("2026-12-31"));

    @Parameters(name = "{0} {1} of {2} → {3}–{4}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // kind, first month of the year, day, first, last
            {PeriodKind.MONTH, Month.JANUARY, "2024-02-29", "2024-02-01", "2024-02-29"},   // leap February
            {PeriodKind.MONTH, Month.JANUARY, "2025-02-28", "2025-02-01", "2025-02-28"},
            {PeriodKind.MONTH, Month.JANUARY, "2025-12-31", "2025-12-01", "2025-12-31"},
            {PeriodKind.QUARTER, Month.JANUARY, "2025-03-31", "2025-01-01", "2025-03-31"}, // last day of Q1
            {PeriodKind.QUARTER, Month.JANUARY, "2025-04-01", "2025-04-01", "2025-06-30"}, // first day of Q2
            {PeriodKind.QUARTER, Month.APRIL, "2025-03-31", "2025-01-01", "2025-03-31"},   // fiscal Q4
            {PeriodKind.QUARTER, Month.APRIL, "2025-04-01", "2025-04-01", "2025-06-30"},   // fiscal Q1
            {PeriodKind.QUARTER, Month.APRIL, "2025-12-15", "2025-10-01", "2025-12-31"},
            {PeriodKind.YEAR, Month.JANUARY, "2024-12-31", "2024-01-01", "2024-12-31"},
            {PeriodKind.YEAR, Month.APRIL, "2025-03-31", "2024-04-01", "2025-03-31"},      // last day of fiscal 2024
            {PeriodKind.YEAR, Month.APRIL, "2025-04-01", "2025-04-01", "2026-03-31"},      // first day of fiscal 2025
            {PeriodKind.YEAR, Month.APRIL, "2024-02-29", "2023-04-01", "2024-03-31"},
            {PeriodKind.TOTAL, Month.APRIL, "2025-06-01", "2024-01-15", "2026-12-31"},
        });
    }

    @Parameterized.Parameter(0)
    public PeriodKind kind;
    @Parameterized.Parameter(1)
    public Month firstMonth;
    @Parameterized.Parameter(2)
    public String day;
    @Parameterized.Parameter(3)
    public String first;
    @Parameterized.Parameter(4)
    public String last;

    @Test
    public void periodOf_shouldBeTheWholePeriodHoldingTheDay() {
        DateRange period = new FiscalYear(firstMonth).periodOf(kind, LocalDate.parse(day), BUDGET);

        assertEquals(new DateRange(LocalDate.parse(first), LocalDate.parse(last)), period);
    }
}

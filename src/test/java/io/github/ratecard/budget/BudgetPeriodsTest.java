package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** A budget's periods, cut to its range. */
public class BudgetPeriodsTest {

    @Test
    public void monthlyBudgetStartingMidMonth_shouldHaveAShortFirstMonth() {
        List<DateRange> periods = FiscalYear.CALENDAR.periodsIn(PeriodKind.MONTH,
                new DateRange(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-10")));

        assertEquals(List.of(range("2026-01-15", "2026-01-31"), range("2026-02-01", "2026-02-28"), range("2026-03-01", "2026-03-10")),
                periods);
    }

    @Test
    public void quarterlyBudget_shouldFollowTheFiscalYear() {
        List<DateRange> periods = new FiscalYear(java.time.Month.APRIL).periodsIn(PeriodKind.QUARTER,
                new DateRange(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-07-31")));

        assertEquals(List.of(range("2026-02-01", "2026-03-31"), range("2026-04-01", "2026-06-30"), range("2026-07-01", "2026-07-31")),
                periods);
    }

    static DateRange range(String first, String last) {
        return new DateRange(LocalDate.parse(first), LocalDate.parse(last));
    }
}

package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The organisation's year, starting on the first day of {@code firstMonth}; quarters are its
 * three-month steps. A fiscal year is named after the calendar year it starts in.
 */
public record FiscalYear(Month firstMonth) {

    public static final FiscalYear CALENDAR = new FiscalYear(Month.JANUARY);

    public FiscalYear {
        Objects.requireNonNull(firstMonth, "firstMonth");
    }

    /** The period of this kind that holds {@code day}; a TOTAL period is the budget's whole range. */
    public DateRange periodOf(PeriodKind kind, LocalDate day, DateRange budgetRange) {
        return switch (kind) {
            case TOTAL -> budgetRange;
            case MONTH -> months(day.withDayOfMonth(1), 1);
            case QUARTER -> months(startOfYear(day).plusMonths(monthsIntoYear(day) / 3 * 3L), 3);
            case YEAR -> months(startOfYear(day), 12);
        };
    }

    /** Every period of this kind that touches the range, each cut to the range, in order. */
    public List<DateRange> periodsIn(PeriodKind kind, DateRange range) {
        List<DateRange> periods = new ArrayList<>();
        LocalDate day = range.first();
        while (!day.isAfter(range.last())) {
            DateRange period = periodOf(kind, day, range);
            DateRange cut = period.intersection(range).orElseThrow();
            periods.add(cut);
            day = period.last().plusDays(1);
        }
        return periods;
    }

    private LocalDate startOfYear(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return start.isAfter(day) ? start.minusYears(1) : start;
    }

    private int monthsIntoYear(LocalDate day) {
        return Math.floorMod(day.getMonthValue() - firstMonth.getValue(), 12);
    }

    private static DateRange months(LocalDate first, int count) {
        return new DateRange(first, first.plusMonths(count).minusDays(1));
    }
}

package io.github.ratecard.approval;

import io.github.ratecard.domain.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * The days one timesheet covers: an ISO week, Monday first, or a calendar month, named by its
 * first day. A week that spans two months belongs to neither month: it is one period of its own.
 */
public record TimesheetPeriod(Cadence cadence, LocalDate first) {

    public TimesheetPeriod {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(first, "first");
        if (cadence == Cadence.WEEK && first.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week's timesheet starts on a Monday, not on " + first);
        }
        if (cadence == Cadence.MONTH && first.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("A month's timesheet starts on the first of the month, not on " + first);
        }
    }

    /** The period of this cadence that holds {@code day}. */
    public static TimesheetPeriod containing(Cadence cadence, LocalDate day) {
        return new TimesheetPeriod(cadence, cadence == Cadence.WEEK
                ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1));
    }

    public LocalDate last() {
        return cadence == Cadence.WEEK ? first.plusDays(6) : first.with(TemporalAdjusters.lastDayOfMonth());
    }

    public DateRange range() {
        return new DateRange(first, last());
    }

    public boolean contains(LocalDate day) {
        return range().contains(day);
    }

    /** Every day of the period, in order. */
    public List<LocalDate> days() {
        return first.datesUntil(last().plusDays(1)).toList();
    }

    public TimesheetPeriod next() {
        return new TimesheetPeriod(cadence, last().plusDays(1));
    }

    /** Whether the period is over on {@code today}: its last day has passed. */
    public boolean endedBy(LocalDate today) {
        return today.isAfter(last());
    }

    /** {@code 2026-W05} (the ISO week-based year and week) or {@code 2026-05}. */
    public String label() {
        return cadence == Cadence.WEEK
                ? String.format(java.util.Locale.ROOT, "%d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : String.format(java.util.Locale.ROOT, "%d-%02d", first.getYear(), first.getMonthValue());
    }
}

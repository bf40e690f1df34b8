package io.github.ratecard.web;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/** How the timesheet pages word and number what they show: states and their lozenges, hours, periods and their links. */
final class TimesheetWords {

    private final ViewerFormat format;

    TimesheetWords(ViewerFormat format) {
        this.format = format;
    }

    String state(TimesheetState state) {
        return format.text("ratecard.timesheet.state." + state.name());
    }

    static String lozenge(TimesheetState state) {
        return switch (state) {
            case OPEN -> "aui-lozenge";
            case SUBMITTED -> "aui-lozenge aui-lozenge-current";
            case APPROVED -> "aui-lozenge aui-lozenge-success";
            case REJECTED -> "aui-lozenge aui-lozenge-removed";
            case REOPENED -> "aui-lozenge aui-lozenge-moved";
        };
    }

    /** Seconds as decimal hours in the viewer's locale, at most two decimals: {@code 7.5}, {@code 7,5}; empty for none when {@code blankZero}. */
    String hours(long seconds, boolean blankZero) {
        if (seconds == 0 && blankZero) {
            return "";
        }
        return format.decimals(0, 2).format(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));
    }

    /** {@code 7.5 h}. */
    String hoursWithUnit(long seconds) {
        return format.text("ratecard.timesheet.hours", hours(seconds, false));
    }

    String range(TimesheetPeriod period) {
        return format.range(period.range());
    }

    /** The period's name: {@code Week 45, 2026} or {@code November 2026}, in the viewer's language. */
    String label(TimesheetPeriod period, Locale locale) {
        if (period.cadence() == Cadence.WEEK) {
            return format.text("ratecard.timesheet.week", String.valueOf(period.first().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    String.valueOf(period.first().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR)));
        }
        return java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period.first());
    }

    /** A day's column head: its short weekday and date. */
    String dayHead(LocalDate day, Locale locale) {
        return day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale) + " " + format.shortDate(day);
    }

    /** The query string of the period: {@code ?cadence=WEEK&day=2026-11-02}. */
    static String query(TimesheetPeriod period) {
        return "?cadence=" + period.cadence().name() + "&day=" + period.first();
    }

    static TimesheetPeriod previous(TimesheetPeriod period) {
        return TimesheetPeriod.containing(period.cadence(), period.first().minusDays(1));
    }
}

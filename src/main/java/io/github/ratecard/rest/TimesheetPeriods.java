package io.github.ratecard.rest;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A timesheet period named in a request (its cadence and any day in it), and a timesheet as a JSON document. */
final class TimesheetPeriods {

    private TimesheetPeriods() {
    }

    /** The period of {@code cadence} (WEEK or MONTH) that contains {@code day}. */
    static TimesheetPeriod of(String cadence, String day) {
        return TimesheetPeriod.containing(Inputs.requiredEnum(Cadence.class, cadence, "cadence"), Inputs.requiredDate(day, "day"));
    }

    /** A timesheet: whose, which period, its state; with the seconds per day when they were read. */
    record Sheet(String userKey, String cadence, String first, String last, String label, String state, Map<String, Long> secondsPerDay,
                 Long totalSeconds) {

        static Sheet of(Timesheet sheet) {
            return of(sheet, null);
        }

        static Sheet of(Timesheet sheet, Map<LocalDate, Long> seconds) {
            Map<String, Long> perDay = null;
            Long total = null;
            if (seconds != null) {
                perDay = new LinkedHashMap<>();
                for (LocalDate day : sheet.period().days()) {
                    perDay.put(day.toString(), seconds.getOrDefault(day, 0L));
                }
                total = perDay.values().stream().mapToLong(Long::longValue).sum();
            }
            return new Sheet(sheet.userKey(), sheet.period().cadence().name(), sheet.period().first().toString(), sheet.period().last().toString(),
                    sheet.period().label(), sheet.state().name(), perDay, total);
        }
    }
}

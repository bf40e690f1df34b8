package io.github.ratecard.capacity;

import io.github.ratecard.domain.DateRange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * How long each person is expected to work on each day: their expected hours (a staff level's
 * default or their own, effective-dated), nothing on non-working days, public holidays of their
 * country and their absences.
 */
public interface CapacityCalendar {

    /**
     * For each of the users, every day of the range with the seconds they are expected to work
     * that day (zero on a day off, and on every day outside all of their staff levels and own
     * hours when they have any); a user the calendar knows nothing about still gets the default
     * of the site.
     */
    Map<String, SortedMap<LocalDate, Long>> expectedSeconds(Collection<String> userKeys, DateRange days);

    /** For each of the users, the seconds of {@link #expectedSeconds} added up per month the range touches. */
    default Map<String, Map<YearMonth, Long>> expectedMonthlySeconds(Collection<String> userKeys, DateRange days) {
        Map<String, Map<YearMonth, Long>> result = new LinkedHashMap<>();
        expectedSeconds(userKeys, days).forEach((user, byDay) -> {
            Map<YearMonth, Long> months = new LinkedHashMap<>();
            byDay.forEach((day, seconds) -> months.merge(YearMonth.from(day), seconds, Long::sum));
            result.put(user, months);
        });
        return result;
    }
}

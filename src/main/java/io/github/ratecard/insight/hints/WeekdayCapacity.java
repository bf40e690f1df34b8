package io.github.ratecard.insight.hints;

import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Eight hours on every weekday for everyone: the capacity the hints assume where no capacity calendar is wired. */
public final class WeekdayCapacity implements CapacityCalendar {

    private static final long DAY_SECONDS = 8 * 3600;

    @Override
    public Map<String, SortedMap<LocalDate, Long>> expectedSeconds(Collection<String> userKeys, DateRange days) {
        Map<String, SortedMap<LocalDate, Long>> expected = new HashMap<>();
        for (String user : userKeys) {
            SortedMap<LocalDate, Long> perDay = new TreeMap<>();
            for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                perDay.put(day, weekend ? 0L : DAY_SECONDS);
            }
            expected.put(user, perDay);
        }
        return expected;
    }
}

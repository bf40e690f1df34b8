package io.github.ratecard.insight.utilisation;

import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Eight hours Monday to Friday for everyone: the calendar the report uses where no stored capacity
 * calendar is wired (the stored calendar replaces this bean).
 */
public final class WeekdayCapacity implements CapacityCalendar {

    private static final long DAY = 8 * 3600L;

    @Override
    public Map<String, SortedMap<LocalDate, Long>> expectedSeconds(Collection<String> userKeys, DateRange days) {
        SortedMap<LocalDate, Long> week = new TreeMap<>();
        for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
            week.put(day, day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : DAY);
        }
        Map<String, SortedMap<LocalDate, Long>> all = new HashMap<>();
        userKeys.forEach(user -> all.put(user, week));
        return all;
    }
}

package io.github.ratecard.capacity;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The capacity story the formula tests share. Site: 8 h, Monday to Friday, Germany by default.
 * Level 1 expects 8 h; level 2 expects 7.5 h until 15 October 2026 and 6 h from the 16th.
 * Ana: level 1, promoted to level 2 on 15 October. Pia: level 1, a part-timer at 4 h from 12 October.
 * Cleo: level 2, away 5–6 October and half of the 7th. Ben: no level, in the UK.
 * Leo: level 1 until he leaves on Friday 16 October. Nia: no level, hired at her own 6 h on Monday 19 October.
 * Holidays: German 1, 14 and 25 May and 3 October (a Saturday); British 4 and 25 May.
 */
final class CapacityFixtures {

    static final long L1 = 1;
    static final long L2 = 2;
    static final long HOUR = 3600;

    private CapacityFixtures() {
    }

    static CapacityFacts story() {
        return story(CapacitySettings.SITE_DEFAULT.defaultSecondsPerDay(), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "DE");
    }

    static CapacityFacts story(long defaultSeconds, Set<DayOfWeek> workingDays, String defaultCountry) {
        List<ExpectedHours> hours = List.of(
                ExpectedHours.ofLevel(L1, 8 * HOUR, EffectivePeriod.from(day("2026-01-01"))),
                ExpectedHours.ofLevel(L2, 7 * HOUR + HOUR / 2, EffectivePeriod.between(day("2026-01-01"), day("2026-10-15"))),
                ExpectedHours.ofLevel(L2, 6 * HOUR, EffectivePeriod.from(day("2026-10-16"))),
                ExpectedHours.ofUser("pia", 4 * HOUR, EffectivePeriod.from(day("2026-10-12"))),
                ExpectedHours.ofUser("nia", 6 * HOUR, EffectivePeriod.from(day("2026-10-19"))));
        Map<String, List<LevelAssignment>> levels = Map.of(
                "ana", List.of(assignment("ana", L1, "2026-01-01", "2026-10-14"), assignment("ana", L2, "2026-10-15", null)),
                "pia", List.of(assignment("pia", L1, "2026-01-01", null)),
                "cleo", List.of(assignment("cleo", L2, "2026-01-01", null)),
                "leo", List.of(assignment("leo", L1, "2026-01-01", "2026-10-16")));
        Map<String, Set<LocalDate>> holidays = new HashMap<>();
        holidays.put("DE", days("2026-05-01", "2026-05-14", "2026-05-25", "2026-10-03"));
        holidays.put("GB", days("2026-05-04", "2026-05-25"));
        Map<String, List<Absence>> absences = Map.of("cleo", List.of(
                new Absence(1, "cleo", range("2026-10-05", "2026-10-06"), false, "Leave"),
                new Absence(2, "cleo", range("2026-10-07", "2026-10-07"), true, "Doctor")));
        return new CapacityFacts(new CapacitySettings(defaultSeconds, workingDays, defaultCountry), hours, levels,
                Map.of("ben", "GB"), holidays, absences);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    static DateRange range(String first, String last) {
        return new DateRange(day(first), day(last));
    }

    static DateRange month(String yearMonth) {
        java.time.YearMonth month = java.time.YearMonth.parse(yearMonth);
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    static LevelAssignment assignment(String user, long level, String from, String to) {
        return new LevelAssignment(0, user, level, new EffectivePeriod(day(from), to == null ? null : day(to)));
    }

    private static Set<LocalDate> days(String... texts) {
        Set<LocalDate> days = new HashSet<>();
        for (String text : texts) {
            days.add(day(text));
        }
        return days;
    }

    static long total(Map<LocalDate, Long> days) {
        long sum = 0;
        for (long seconds : new ArrayList<>(days.values())) {
            sum += seconds;
        }
        return sum;
    }
}

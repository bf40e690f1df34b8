package io.github.ratecard.capacity;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.rates.LevelAssignment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one rule of capacity, read top to bottom for a person and a day:
 * <ol>
 *   <li>a person who has staff levels or own hours expects nothing on a day outside all of them (not yet or no
 *       longer employed); a person with neither is always there;</li>
 *   <li>a weekday that is not a working day expects nothing;</li>
 *   <li>a public holiday of the person's country (their own, else the site's) expects nothing;</li>
 *   <li>otherwise the day expects the person's own hours of that day, else their staff level's hours of that day,
 *       else the site's default;</li>
 *   <li>and a full-day absence takes all of that, a half-day absence half (two half days: all).</li>
 * </ol>
 */
public final class CapacityRules {

    private final CapacityFacts facts;
    private final Map<String, List<ExpectedHours>> ownHours = new HashMap<>();

    public CapacityRules(CapacityFacts facts) {
        this.facts = facts;
        for (ExpectedHours hours : facts.hours()) {
            if (!hours.isLevelDefault()) {
                ownHours.computeIfAbsent(hours.userKey(), user -> new ArrayList<>()).add(hours);
            }
        }
    }

    /** Every day of the range with the seconds the person is expected to work. */
    public SortedMap<LocalDate, Long> daysOf(String userKey, DateRange range) {
        Person person = person(userKey);
        SortedMap<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
            days.put(day, expectedOn(person, day));
        }
        return days;
    }

    /**
     * The seconds the person is expected to work in each month the range touches: the days of {@link #daysOf} added up per
     * month, without holding each day.
     */
    public Map<YearMonth, Long> monthsOf(String userKey, DateRange range) {
        Person person = person(userKey);
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        LocalDate day = range.first();
        while (!day.isAfter(range.last())) {
            YearMonth month = YearMonth.from(day);
            LocalDate last = month.atEndOfMonth().isBefore(range.last()) ? month.atEndOfMonth() : range.last();
            long seconds = 0;
            for (; !day.isAfter(last); day = day.plusDays(1)) {
                seconds += expectedOn(person, day);
            }
            months.put(month, seconds);
        }
        return months;
    }

    public long expectedOn(String userKey, LocalDate day) {
        return expectedOn(person(userKey), day);
    }

    private long expectedOn(Person person, LocalDate day) {
        if (!employedOn(person, day)) {
            return 0;
        }
        if (!facts.settings().workingDays().contains(day.getDayOfWeek())) {
            return 0;
        }
        if (person.holidays().contains(day)) {
            return 0;
        }
        long base = ownHours(person, day).orElseGet(() -> levelHours(person, day).orElse(facts.settings().defaultSecondsPerDay()));
        int halfDaysAway = 0;
        for (Absence absence : person.absences()) {
            if (absence.days().contains(day)) {
                halfDaysAway += absence.halfDay() ? 1 : 2;
            }
        }
        return halfDaysAway >= 2 ? 0 : halfDaysAway == 1 ? base / 2 : base;
    }

    /** What the rule needs of one person, looked up once for all their days. */
    private record Person(List<LevelAssignment> levels, List<ExpectedHours> own, Set<LocalDate> holidays, List<Absence> absences) {
    }

    private Person person(String userKey) {
        return new Person(facts.levels().getOrDefault(userKey, List.of()), ownHours.getOrDefault(userKey, List.of()), holidaysOf(userKey),
                facts.absences().getOrDefault(userKey, List.of()));
    }

    private static boolean employedOn(Person person, LocalDate day) {
        if (person.levels().isEmpty() && person.own().isEmpty()) {
            return true;
        }
        for (LevelAssignment assignment : person.levels()) {
            if (assignment.period().contains(day)) {
                return true;
            }
        }
        for (ExpectedHours hours : person.own()) {
            if (hours.period().contains(day)) {
                return true;
            }
        }
        return false;
    }

    private Set<LocalDate> holidaysOf(String userKey) {
        Optional<String> country = Optional.ofNullable(facts.countries().get(userKey)).or(() -> facts.settings().country());
        return country.map(code -> facts.holidaysByCountry().getOrDefault(code, Set.of())).orElse(Set.of());
    }

    private static OptionalLong ownHours(Person person, LocalDate day) {
        for (ExpectedHours hours : person.own()) {
            if (hours.period().contains(day)) {
                return OptionalLong.of(hours.secondsPerDay());
            }
        }
        return OptionalLong.empty();
    }

    private OptionalLong levelHours(Person person, LocalDate day) {
        for (LevelAssignment assignment : person.levels()) {
            if (assignment.period().contains(day)) {
                for (ExpectedHours hours : facts.hours()) {
                    if (hours.isLevelDefault() && hours.levelId() == assignment.levelId() && hours.period().contains(day)) {
                        return OptionalLong.of(hours.secondsPerDay());
                    }
                }
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}

package io.github.ratecard.capacity;

import static io.github.ratecard.capacity.CapacityFixtures.HOUR;
import static io.github.ratecard.capacity.CapacityFixtures.month;
import static io.github.ratecard.capacity.CapacityFixtures.range;
import static io.github.ratecard.capacity.CapacityFixtures.story;
import static io.github.ratecard.capacity.CapacityFixtures.total;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.SortedMap;
import org.junit.Test;

/**
 * Monthly capacity against hand-computed tables. May 2026 has 21 weekdays; October 2026 has 22
 * (1–2, 5–9, 12–16, 19–23, 26–30), and its 3rd, German Unity Day, is a Saturday.
 */
public class CapacityMonthTest {

    private final CapacityRules rules = new CapacityRules(story());

    @Test
    public void mayInGermany_shouldLeaveOutItsThreeWeekdayHolidays() {
        // 21 weekdays − 1, 14 and 25 May = 18 days × 8 h
        assertEquals(144 * HOUR, total(rules.daysOf("ana", month("2026-05"))));
    }

    @Test
    public void mayInTheUk_shouldLeaveOutItsTwoBankHolidays() {
        // 21 weekdays − 4 and 25 May = 19 days × 8 h
        assertEquals(152 * HOUR, total(rules.daysOf("ben", month("2026-05"))));
    }

    @Test
    public void octoberWithAHolidayOnASaturday_shouldExpectEveryWeekday() {
        // 22 weekdays × 8 h; the 3rd is a Saturday anyway
        assertEquals(176 * HOUR, total(rules.daysOf("ben", month("2026-10"))));
    }

    @Test
    public void partTimeFromMidMonth_shouldCountEachPartAtItsHours() {
        // 1–9 October: 7 weekdays × 8 h = 56 h; 12–30 October: 15 weekdays × 4 h = 60 h
        assertEquals(116 * HOUR, total(rules.daysOf("pia", month("2026-10"))));
    }

    @Test
    public void promotionAndALevelChangeInOneMonth_shouldCountEachDayAtItsHours() {
        // 1–14 October at level 1: 10 weekdays × 8 h = 80 h; the 15th at level 2: 7.5 h; 16–30: 11 × 6 h = 66 h
        assertEquals(153 * HOUR + HOUR / 2, total(rules.daysOf("ana", month("2026-10"))));
    }

    @Test
    public void leaverMidMonth_shouldExpectNothingAfterTheLastDay() {
        // level 1 until Friday 16 October: 1–2, 5–9 and 12–16 October, 12 weekdays × 8 h; nothing from the 19th
        assertEquals(96 * HOUR, total(rules.daysOf("leo", month("2026-10"))));
    }

    @Test
    public void newHireMidMonth_shouldExpectNothingBeforeTheFirstDay() {
        // own 6 h from Monday 19 October: 19–23 and 26–30 October, 10 weekdays × 6 h; nothing before
        assertEquals(60 * HOUR, total(rules.daysOf("nia", month("2026-10"))));
    }

    @Test
    public void monthAfterLeaving_shouldExpectNothing() {
        assertEquals(0, total(rules.daysOf("leo", month("2026-11"))));
    }

    @Test
    public void absences_shouldTakeTheirDaysAndHalfDays() {
        // level 2: 1–15 October 11 weekdays × 7.5 h = 82.5 h, 16–30: 11 × 6 h = 66 h, together 148.5 h;
        // away 5 and 6 October (2 × 7.5 h) and half of the 7th (3.75 h): 148.5 − 18.75 = 129.75 h
        assertEquals(129 * HOUR + 45 * 60, total(rules.daysOf("cleo", month("2026-10"))));
    }

    @Test
    public void anotherWorkingWeek_shouldFollowTheSetting() {
        CapacityRules sundayToThursday = new CapacityRules(story(8 * HOUR,
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), null));

        SortedMap<java.time.LocalDate, Long> week = sundayToThursday.daysOf("zoe", range("2026-10-02", "2026-10-08"));

        // Fri 2, Sat 3: nothing; Sun 4 to Thu 8: 5 × 8 h
        assertEquals(0L, (long) week.get(java.time.LocalDate.parse("2026-10-02")));
        assertEquals(40 * HOUR, total(week));
    }

    @Test
    public void withoutAnyCountry_shouldKnowNoHolidays() {
        CapacityRules noCountry = new CapacityRules(story(8 * HOUR, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null));

        // 21 weekdays × 8 h: no holiday applies to someone without a country
        assertEquals(168 * HOUR, total(noCountry.daysOf("zoe", month("2026-05"))));
    }

    @Test
    public void siteDefaultHours_shouldApplyToPeopleWithoutLevelOrOwnHours() {
        CapacityRules sixHours = new CapacityRules(story(6 * HOUR, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "DE"));

        DateRange week = range("2026-10-05", "2026-10-11");
        assertEquals(30 * HOUR, total(sixHours.daysOf("ben", week)));
        assertEquals(40 * HOUR, total(sixHours.daysOf("pia", week)));
    }

    @Test
    public void months_shouldAddUpTheDaysOfEachMonthTheRangeTouches() {
        DateRange range = range("2026-04-20", "2026-11-10");

        for (String person : java.util.List.of("ana", "ben", "pia", "cleo", "leo", "nia", "zoe")) {
            java.util.Map<java.time.YearMonth, Long> months = new java.util.LinkedHashMap<>();
            rules.daysOf(person, range).forEach((day, seconds) -> months.merge(java.time.YearMonth.from(day), seconds, Long::sum));
            assertEquals(person, months, rules.monthsOf(person, range));
        }
    }

    @Test
    public void monthsOfOctober_shouldBeItsHandComputedCapacityWithAMidMonthChange() {
        // 1–9 October: 7 weekdays × 8 h = 56 h; 12–30 October: 15 weekdays × 4 h = 60 h
        assertEquals(java.util.Map.of(java.time.YearMonth.of(2026, 10), 116 * HOUR), rules.monthsOf("pia", month("2026-10")));
    }
}

package io.github.ratecard.capacity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.store.AoCapacityStore;
import io.github.ratecard.store.AoLevelStore;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Test;

/** The calendar from the stored facts: the figures of the rule, for many people at the cost of a few statements. */
public class StoredCapacityCalendarTest {

    private static final DateRange OCTOBER = new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));
    private static final long HOUR = 3600;

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoCapacityStore store = new AoCapacityStore(database.activeObjects());
    private final AoLevelStore levels = new AoLevelStore(database.activeObjects());
    private final StoredCapacityCalendar target = new StoredCapacityCalendar(store);

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void calendar_shouldApplyLevelHoursOwnHoursHolidaysAndAbsences() {
        long l1 = levels.insert(new StaffLevel(0, "Agent L1", "", true));
        levels.insert(new LevelAssignment(0, "ana", l1, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        store.insert(ExpectedHours.ofLevel(l1, 7 * HOUR, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        store.insert(ExpectedHours.ofUser("pia", 4 * HOUR, EffectivePeriod.from(LocalDate.parse("2026-10-12"))));
        store.setCountry("ana", "GB");
        store.putHoliday(new Holiday("GB", LocalDate.parse("2026-10-12"), "Company holiday"));
        store.insert(new Absence(0, "ana", new DateRange(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-05")), true, "Doctor"));

        Map<String, SortedMap<LocalDate, Long>> days = target.expectedSeconds(List.of("ana", "pia"), OCTOBER);

        // ana: 22 weekdays × 7 h = 154 h, less the holiday (7 h) and half of the 5th (3.5 h)
        assertEquals(143 * HOUR + HOUR / 2, CapacityFixtures.total(days.get("ana")));
        // pia: nothing before her own hours begin (hired on the 12th), then 15 weekdays × 4 h
        assertEquals(60 * HOUR, CapacityFixtures.total(days.get("pia")));
        assertEquals(31, days.get("pia").size());
    }

    @Test
    public void monthlySeconds_shouldBeTheDaysAddedUpPerMonth() {
        long l1 = levels.insert(new StaffLevel(0, "Agent L1", "", true));
        levels.insert(new LevelAssignment(0, "ana", l1, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        store.insert(ExpectedHours.ofLevel(l1, 7 * HOUR, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        store.setCountry("ana", "GB");
        store.putHoliday(new Holiday("GB", LocalDate.parse("2026-10-12"), "Company holiday"));
        store.insert(new Absence(0, "ana", new DateRange(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-05")), true, "Doctor"));
        DateRange autumn = new DateRange(LocalDate.parse("2026-09-15"), LocalDate.parse("2026-11-03"));

        Map<String, Map<java.time.YearMonth, Long>> months = target.expectedMonthlySeconds(List.of("ana", "pia"), autumn);

        Map<String, Map<java.time.YearMonth, Long>> added = new java.util.LinkedHashMap<>();
        target.expectedSeconds(List.of("ana", "pia"), autumn).forEach((user, days) -> days.forEach((day, seconds) ->
                added.computeIfAbsent(user, u -> new java.util.LinkedHashMap<>()).merge(java.time.YearMonth.from(day), seconds, Long::sum)));
        assertEquals(added, months);
        // October: 22 weekdays × 7 h = 154 h, less the holiday (7 h) and half of the 5th (3.5 h)
        assertEquals(143 * HOUR + HOUR / 2, (long) months.get("ana").get(java.time.YearMonth.of(2026, 10)));
    }

    @Test
    public void noPeople_shouldReadNothing() {
        assertTrue(target.expectedSeconds(List.of(), OCTOBER).isEmpty());
    }

    @Test
    public void fiftyPeople_shouldCostAsManyStatementsAsFive() {
        int five = statementsFor(5);
        int fifty = statementsFor(50);

        assertEquals(five, fifty);
        assertTrue("a handful of statements, was " + five, five > 0 && five <= 6);
    }

    private int statementsFor(int people) {
        try (TestDatabase db = TestDatabase.fresh().migrate(Entities.array())) {
            AoCapacityStore stored = new AoCapacityStore(db.activeObjects());
            AoLevelStore levelStore = new AoLevelStore(db.activeObjects());
            long level = levelStore.insert(new StaffLevel(0, "Agent L1", "", true));
            stored.insert(ExpectedHours.ofLevel(level, 8 * HOUR, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
            stored.putHoliday(new Holiday("DE", LocalDate.parse("2026-10-03"), "Tag der Deutschen Einheit"));
            List<String> users = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String user = "agent" + i;
                users.add(user);
                levelStore.insert(new LevelAssignment(0, user, level, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
                stored.insert(ExpectedHours.ofUser(user, 6 * HOUR, EffectivePeriod.from(LocalDate.parse("2026-10-15"))));
                stored.setCountry(user, "DE");
                stored.insert(new Absence(0, user, new DateRange(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06")), false, "Leave"));
            }
            AtomicInteger count = new AtomicInteger();
            DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
            DatabaseProvider provider = db.entityManager().getProvider();
            provider.addSqlListener(listener);
            Map<String, SortedMap<LocalDate, Long>> days;
            try {
                days = new StoredCapacityCalendar(stored).expectedSeconds(users, OCTOBER);
            } finally {
                provider.removeSqlListener(listener);
            }
            // 1–14 October: 10 weekdays × 8 h less the 5th and 6th; 15–30 October: 12 weekdays × 6 h
            assertEquals(64 * HOUR + 72 * HOUR, CapacityFixtures.total(days.get("agent" + (people - 1))));
            return count.get();
        }
    }
}

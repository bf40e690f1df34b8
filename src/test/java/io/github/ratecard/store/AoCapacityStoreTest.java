package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.capacity.Absence;
import io.github.ratecard.capacity.CapacityFacts;
import io.github.ratecard.capacity.CapacitySettings;
import io.github.ratecard.capacity.ExpectedHours;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** The capacity calendar on the real ORM: what is kept, and what {@code factsFor} reads for some people and days. */
public class AoCapacityStoreTest {

    private static final DateRange OCTOBER = new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoCapacityStore target = new AoCapacityStore(database.activeObjects());
    private final AoLevelStore levels = new AoLevelStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void settings_shouldBeTheSiteDefaultUntilSaved() {
        assertEquals(CapacitySettings.SITE_DEFAULT, target.settings());
    }

    @Test
    public void savedSettings_shouldBeReadBack() {
        CapacitySettings changed = new CapacitySettings(7 * 3600L, EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), "GB");

        target.saveSettings(changed);
        target.saveSettings(changed);

        assertEquals(changed, target.settings());
    }

    @Test
    public void hours_shouldBeKeptPerLevelAndPerUser() {
        long level = target.insert(ExpectedHours.ofLevel(3, 8 * 3600L, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        long own = target.insert(ExpectedHours.ofUser("pia", 4 * 3600L, EffectivePeriod.between(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-12-31"))));

        assertEquals(List.of(ExpectedHours.ofLevel(3, 8 * 3600L, EffectivePeriod.from(LocalDate.parse("2026-01-01"))).withId(level)), target.levelHours());
        assertEquals(List.of(target.hours(own).orElseThrow()), target.hoursOfUser("pia"));
        assertEquals(LocalDate.parse("2026-12-31"), target.userHours().get(0).period().validTo());
    }

    @Test
    public void holidayOfTheSameCountryAndDay_shouldBeRenamedNotDoubled() {
        assertTrue(target.putHoliday(new Holiday("DE", LocalDate.parse("2026-10-03"), "Unity Day")));

        assertFalse(target.putHoliday(new Holiday("DE", LocalDate.parse("2026-10-03"), "Tag der Deutschen Einheit")));

        assertEquals(List.of(new Holiday("DE", LocalDate.parse("2026-10-03"), "Tag der Deutschen Einheit")), target.holidays("DE", OCTOBER));
    }

    @Test
    public void deletedHoliday_shouldBeGone() {
        target.putHoliday(new Holiday("GB", LocalDate.parse("2026-08-31"), "Summer bank holiday"));

        assertTrue(target.deleteHoliday("GB", LocalDate.parse("2026-08-31")));

        assertFalse(target.deleteHoliday("GB", LocalDate.parse("2026-08-31")));
    }

    @Test
    public void country_shouldBeSetChangedAndRemoved() {
        target.setCountry("ben", "GB");
        target.setCountry("ana", "DE");
        target.setCountry("ben", "IE");
        target.setCountry("ana", null);

        assertEquals(java.util.Map.of("ben", "IE"), target.countries());
    }

    @Test
    public void absences_shouldBeFoundWhenTheyOverlapTheRange() {
        long before = target.insert(new Absence(0, "cleo", new DateRange(LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-01")), false, "Leave"));
        target.insert(new Absence(0, "cleo", new DateRange(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-02")), true, "Doctor"));

        List<Absence> found = target.absences("cleo", OCTOBER);

        assertEquals(List.of(before), found.stream().map(Absence::id).toList());
        assertEquals("Leave", found.get(0).reason());
    }

    @Test
    public void facts_shouldHoldOnlyWhatConcernsThePeopleAndTheDays() {
        long l1 = levels.insert(new io.github.ratecard.rates.StaffLevel(0, "Agent L1", "", true));
        levels.insert(new LevelAssignment(0, "ana", l1, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        levels.insert(new LevelAssignment(0, "zed", l1, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        target.insert(ExpectedHours.ofLevel(l1, 8 * 3600L, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        target.insert(ExpectedHours.ofLevel(l1, 9 * 3600L, EffectivePeriod.between(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"))));
        target.insert(ExpectedHours.ofUser("zed", 4 * 3600L, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        target.setCountry("ana", "DE");
        target.putHoliday(new Holiday("DE", LocalDate.parse("2026-10-03"), "Tag der Deutschen Einheit"));
        target.putHoliday(new Holiday("DE", LocalDate.parse("2026-12-25"), "Weihnachten"));
        target.insert(new Absence(0, "ana", new DateRange(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06")), false, ""));
        target.insert(new Absence(0, "zed", new DateRange(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06")), false, ""));

        CapacityFacts facts = target.factsFor(List.of("ana", "ben"), OCTOBER);

        assertEquals(List.of(8 * 3600L), facts.hours().stream().map(ExpectedHours::secondsPerDay).toList());
        assertEquals(Set.of("ana"), facts.levels().keySet());
        assertEquals(java.util.Map.of("ana", "DE"), facts.countries());
        assertEquals(java.util.Map.of("DE", Set.of(LocalDate.parse("2026-10-03"))), facts.holidaysByCountry());
        assertEquals(Set.of("ana"), facts.absences().keySet());
    }

    @Test
    public void facts_shouldHoldThePeoplesLevelsAndOwnHoursOfAllTime() {
        long l1 = levels.insert(new io.github.ratecard.rates.StaffLevel(0, "Agent L1", "", true));
        levels.insert(new LevelAssignment(0, "leo", l1, EffectivePeriod.between(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-06-30"))));
        target.insert(ExpectedHours.ofUser("nia", 6 * 3600L, EffectivePeriod.from(LocalDate.parse("2027-01-04"))));

        CapacityFacts facts = target.factsFor(List.of("leo", "nia"), OCTOBER);

        assertEquals(Set.of("leo"), facts.levels().keySet());
        assertEquals(List.of("nia"), facts.hours().stream().map(ExpectedHours::userKey).toList());
    }
}

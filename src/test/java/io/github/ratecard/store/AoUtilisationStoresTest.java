package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.insight.utilisation.LoggedMonth;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** Logged time read from the rollups and the targets kept as settings, on a real database. */
public class AoUtilisationStoresTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final AoUtilisationRollups logged = new AoUtilisationRollups(database.activeObjects());
    private final AoUtilisationTargets targets = new AoUtilisationTargets(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void loggedTime_shouldAddAPersonsRowsAndCurrenciesPerMonth() {
        rollups.addToRollups(List.of(person("ana", "EUR", OCT, 3600, 3600)));
        rollups.addToRollups(List.of(person("ana", "USD", OCT, 1800, 0)));
        rollups.addToRollups(List.of(person("ana", "EUR", OCT, 7200, 7200)));
        rollups.addToRollups(List.of(person("ana", null, OCT, 600, 600)));
        rollups.addToRollups(List.of(person("ben", "EUR", NOV, 900, 0)));

        assertEquals(new HashSet<>(List.of(new LoggedMonth("ana", OCT, 13200, 11400), new LoggedMonth("ben", NOV, 900, 0))),
                new HashSet<>(logged.between(OCT, NOV)));
    }

    @Test
    public void loggedTime_shouldEqualThePeoplesProjectRollupsOfTheSameLedger() {
        Random random = new Random(42);
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            entries.add(GeneratedLedger.entry(random, i));
            rollups.addToRollups(Rollup.contributionsOf(entries.get(i), 1));
        }
        for (int i = 0; i < entries.size(); i += 7) {
            rollups.addToRollups(Rollup.contributionsOf(entries.get(i), -1));
        }
        Map<List<Object>, long[]> sums = new HashMap<>();
        for (Rollup project : rollups.monthly(Rollup.Kind.PROJECT, SEP, NOV)) {
            long[] sum = sums.computeIfAbsent(List.of(project.key().userKey(), project.key().month()), key -> new long[2]);
            sum[0] += project.workedSeconds();
            sum[1] += project.billableSeconds();
        }
        Set<LoggedMonth> expected = new HashSet<>();
        sums.forEach((key, sum) -> expected.add(new LoggedMonth((String) key.get(0), (YearMonth) key.get(1), sum[0], sum[1])));

        List<LoggedMonth> read = logged.between(SEP, NOV);

        assertEquals(expected, new HashSet<>(read));
        assertEquals(expected.size(), read.size());
        assertEquals("12 people in each of the 3 months", 36, expected.size());
        rollups.compactRollups();
        assertEquals(expected, new HashSet<>(logged.between(SEP, NOV)));
    }

    @Test
    public void projects_shouldBeThoseWithTimeLoggedInTheMonthsByTheirDays() {
        rollups.addToRollups(List.of(projectDay(1, LocalDate.of(2026, 10, 5), 3600)));
        rollups.addToRollups(List.of(projectDay(2, LocalDate.of(2026, 11, 30), 600)));
        rollups.addToRollups(List.of(projectDay(3, LocalDate.of(2026, 9, 30), 600)));
        rollups.addToRollups(List.of(projectDay(4, LocalDate.of(2026, 10, 6), 600)));
        rollups.addToRollups(List.of(projectDay(4, LocalDate.of(2026, 10, 6), -600)));
        rollups.addToRollups(List.of(project(5, "ana", "ACME", OCT, 600, 0)));

        assertEquals(Set.of(1L, 2L), logged.projects(OCT, NOV));
    }

    @Test
    public void peopleOf_shouldBeThoseWhoLoggedTimeOnTheProjectsInTheMonths() {
        rollups.addToRollups(List.of(project(1, "ana", "ACME", OCT, 3600, 3600)));
        rollups.addToRollups(List.of(project(2, "ben", "GLX", OCT, 600, 0)));
        rollups.addToRollups(List.of(project(3, "cleo", "ACME", OCT, 600, 0)));
        rollups.addToRollups(List.of(project(1, "dora", "ACME", SEP, 600, 0)));

        assertEquals(Set.of("ana", "ben"), logged.peopleOf(OCT, NOV, List.of(1L, 2L)));
        assertEquals(Set.of(), logged.peopleOf(OCT, NOV, List.of(9L)));
    }

    @Test
    public void loggedTime_shouldLeaveOutOtherMonthsAndTheProjectAccountAndDailyRollups() {
        rollups.addToRollups(List.of(person("ana", "EUR", SEP, 3600, 3600)));
        rollups.addToRollups(List.of(project(1, "ana", "ACME", OCT, 3600, 3600)));
        rollups.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "ACME", "EUR", OCT), 3600, 3600, 0, 0, 1, 0,
                3600, 0, 1)));
        rollups.addToRollups(List.of(new Rollup(Rollup.Key.daily(Rollup.Kind.PROJECT_DAY, 1L, "ACME", "EUR", LocalDate.of(2026, 10, 5)), 3600, 3600,
                0, 0, 1, 0, 3600, 0, 1)));

        assertEquals(List.of(), logged.between(OCT, OCT));
    }

    @Test
    public void aGroupWhoseRowsCancelOut_shouldNotBeRead() {
        rollups.addToRollups(List.of(person("ana", "EUR", OCT, 3600, 3600)));
        rollups.addToRollups(List.of(person("ana", "EUR", OCT, -3600, -3600)));

        assertEquals(List.of(), logged.between(OCT, OCT));
    }

    @Test
    public void targets_shouldBeKeptChangedAndRemovedPerLevel() {
        targets.put(7, new BigDecimal("85.0"));
        targets.put(8, new BigDecimal("60.0"));
        targets.put(7, new BigDecimal("82.5"));

        assertEquals(Map.of(7L, new BigDecimal("82.5"), 8L, new BigDecimal("60.0")), targets.targets());
        assertTrue(targets.remove(8));
        assertFalse(targets.remove(8));
        assertEquals(Map.of(7L, new BigDecimal("82.5")), targets.targets());
    }

    @Test
    public void targets_shouldNotReadOtherSettings() {
        new AoSettings(database.activeObjects(), () -> java.time.ZoneId.of("UTC")).setReportingZone(java.time.ZoneId.of("Europe/Berlin"));

        assertEquals(Map.of(), targets.targets());
    }

    private static Rollup projectDay(long projectId, LocalDate day, long worked) {
        return new Rollup(Rollup.Key.daily(Rollup.Kind.PROJECT_DAY, projectId, "ACME", "EUR", day), worked, 0, 0, 0, worked < 0 ? -1 : 1, 0, 0, 0,
                worked < 0 ? -1 : 1);
    }

    private static Rollup person(String user, String currency, YearMonth month, long worked, long billable) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, user, null, currency, month), worked, billable, 0, 0, worked < 0 ? -1 : 1,
                0, billable, 0, worked < 0 ? -1 : 1);
    }
    private static Rollup project(long projectId, String user, String account, YearMonth month, long worked, long billable) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, projectId, user, account, "EUR", month), worked, billable, 0, 0, worked < 0 ? -1 : 1,
                0, billable, 0, worked < 0 ? -1 : 1);
    }
}

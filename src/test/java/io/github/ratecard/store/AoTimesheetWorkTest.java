package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** The projects and hours of a user's time in a timesheet's days, from the ledger on a real database. */
public class AoTimesheetWorkTest {

    private static final Instant AT = Instant.parse("2026-11-09T09:00:00Z");
    private static final DateRange WEEK = new DateRange(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-08"));

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoLedgerStore ledger = new AoLedgerStore(database.activeObjects());
    private final AoTimesheetWork target = new AoTimesheetWork(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void projectsOf_shouldBeTheProjectsOfTheUsersLiveWorkOnTheDays() {
        ledger.insertAll(List.of(
                entry(1, 10, "ana", "2026-11-02"),
                entry(2, 11, "ana", "2026-11-08"),
                entry(3, 12, "ana", "2026-11-09"),
                entry(4, 13, "ben", "2026-11-04"),
                entry(5, 14, "ana", "2026-11-01")));

        assertEquals(Set.of(10L, 11L), target.projectsOf("ana", WEEK));
    }

    @Test
    public void deletedWork_shouldNotCount() {
        ledger.insertAll(List.of(entry(1, 10, "ana", "2026-11-03"), entry(2, 11, "ana", "2026-11-03")));
        LedgerEntity deleted = database.activeObjects().find(LedgerEntity.class, net.java.ao.Query.select()
                .where(LedgerEntity.WORKLOG_ID + " = ?", 2L))[0];
        deleted.setDeletedMillis(AT.toEpochMilli());
        deleted.save();

        assertEquals(Set.of(10L), target.projectsOf("ana", WEEK));
    }

    @Test
    public void secondsPerDay_shouldSumTheUsersLiveWorkOfEachDayOfTheRange() {
        ledger.insertAll(List.of(
                entry(1, 10, "ana", "2026-11-02"),
                entry(2, 11, "ana", "2026-11-02"),
                entry(3, 10, "ana", "2026-11-05"),
                entry(4, 10, "ben", "2026-11-05"),
                entry(5, 10, "ana", "2026-11-09")));

        assertEquals(Map.of(LocalDate.parse("2026-11-02"), 7200L, LocalDate.parse("2026-11-05"), 3600L), target.secondsPerDay("ana", WEEK));
    }

    private static LedgerEntry entry(long worklogId, long projectId, String author, String day) {
        return new LedgerEntry(worklogId, 100, projectId, author, AT, LocalDate.parse(day), 3600, 3600, true, "ACME",
                Money.ofMinor(4_000, java.util.Currency.getInstance("EUR")), Money.ofMinor(9_000, java.util.Currency.getInstance("EUR")),
                Money.ofMinor(9_000, java.util.Currency.getInstance("EUR")), 3L, 8L,
                PricingStatus.PRICED, AT, AT, false);
    }
}

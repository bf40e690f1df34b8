package io.github.ratecard.insight.margin;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import io.github.ratecard.testing.time.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Finance's profitability by person and by staff level is answered from a snapshot of the last five minutes, on the real
 * stores (H2, or PostgreSQL with -Dratecard.db=postgres): ACME bills 50 EUR an hour; each worklog is half an hour of a user.
 */
public class MarginSnapshotsTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final MarginQuery BY_PERSON = new MarginQuery(JAN, JAN, MarginGrouping.PERSON, null, null);

    private final BudgetKit kit = new BudgetKit();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-02-02T09:00:00Z"));
    private LedgerKeeper keeper;
    private MarginSnapshots snapshots;
    private long nextWorklog = 1;

    @Before
    public void setUp() {
        kit.rateCard.accountService.create(account("ACME", "EUR"));
        kit.rateCard.accountService.link("ACME", "ACME", true);
        kit.rateCard.rateService.add(RateScope.account("ACME"), HourlyRate.parse("50", "EUR"), EffectivePeriod.from(java.time.LocalDate.parse("2026-01-01")));
        keeper = new LedgerKeeper(kit.ledger, kit.rollups, kit.pricer, kit.rateCard.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
        snapshots = new MarginSnapshots(kit.rateCard.app.bean(MarginReader.class), kit.rateCard.app.bean(MarginSnapshotStore.class), clock);
        logHalfHours("ana", 2);
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void financesReportByPerson_shouldBeAnsweredFromTheSnapshotWithinFiveMinutes() {
        MarginAnswer first = snapshots.answer(BY_PERSON, id -> true, true, false);
        logHalfHours("ana", 1);
        clock.advance(Duration.ofMinutes(4));

        MarginAnswer second = snapshots.answer(BY_PERSON, id -> true, true, false);

        assertFalse(first.snapshot());
        assertTrue(second.snapshot());
        assertEquals(first.computedAt(), second.computedAt());
        assertEquals(first.report(), second.report());
        assertEquals(5000, revenueOf(second, "ana"));
    }

    @Test
    public void snapshotFiveMinutesOld_shouldBeComputedAgain() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        logHalfHours("ana", 1);
        clock.advance(Duration.ofMinutes(5));

        MarginAnswer answer = snapshots.answer(BY_PERSON, id -> true, true, false);

        assertFalse(answer.snapshot());
        assertEquals(clock.instant(), answer.computedAt());
        assertEquals(7500, revenueOf(answer, "ana"));
        assertTrue("kept anew", snapshots.answer(BY_PERSON, id -> true, true, false).snapshot());
    }

    @Test
    public void reportAskedFresh_shouldBeComputedAndKept() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        logHalfHours("ana", 1);
        clock.advance(Duration.ofMinutes(1));

        MarginAnswer fresh = snapshots.answer(BY_PERSON, id -> true, true, true);
        MarginAnswer after = snapshots.answer(BY_PERSON, id -> true, true, false);

        assertFalse(fresh.snapshot());
        assertEquals(7500, revenueOf(fresh, "ana"));
        assertTrue(after.snapshot());
        assertEquals(fresh.report(), after.report());
    }

    @Test
    public void viewerOfSomeProjects_shouldNeitherReadNorKeepASnapshot() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        logHalfHours("ana", 1);

        MarginAnswer lead = snapshots.answer(BY_PERSON, id -> id == ACME, false, false);

        assertFalse(lead.snapshot());
        assertEquals(7500, revenueOf(lead, "ana"));
        assertEquals("finance's snapshot is still the one finance computed", 5000,
                revenueOf(snapshots.answer(BY_PERSON, id -> true, true, false), "ana"));
    }

    @Test
    public void reportByAccountOrOfOneProject_shouldBeComputedForEachRequest() {
        MarginQuery byAccount = new MarginQuery(JAN, JAN, MarginGrouping.ACCOUNT, null, null);
        MarginQuery ofAcme = new MarginQuery(JAN, JAN, MarginGrouping.PERSON, "ACME", null);
        snapshots.answer(byAccount, id -> true, true, false);
        snapshots.answer(ofAcme, id -> true, true, false);

        assertFalse(snapshots.answer(byAccount, id -> true, true, false).snapshot());
        assertFalse(snapshots.answer(ofAcme, id -> true, true, false).snapshot());
    }

    @Test
    public void reportByLevel_shouldBeKeptApartFromTheReportByPerson() {
        MarginQuery byLevel = new MarginQuery(JAN, JAN, MarginGrouping.LEVEL, null, null);
        snapshots.answer(BY_PERSON, id -> true, true, false);

        MarginAnswer level = snapshots.answer(byLevel, id -> true, true, false);

        assertFalse(level.snapshot());
        assertEquals(MarginGrouping.LEVEL, level.report().by());
        assertTrue(snapshots.answer(byLevel, id -> true, true, false).snapshot());
        assertEquals(MarginGrouping.PERSON, snapshots.answer(BY_PERSON, id -> true, true, false).report().by());
    }

    @Test
    public void snapshotComputedEarlierButSavedLater_shouldNotReplaceTheNewerOne() {
        MarginSnapshotStore store = kit.rateCard.app.bean(MarginSnapshotStore.class);
        MarginReport report = snapshots.answer(BY_PERSON, id -> true, true, true).report();
        Instant later = Instant.parse("2026-02-02T10:00:00Z");
        store.save(BY_PERSON, new MarginSnapshot(report, later));

        store.save(BY_PERSON, new MarginSnapshot(report, later.minusSeconds(30)));

        assertEquals(later, store.find(BY_PERSON).orElseThrow().computedAt());
    }

    @Test
    public void snapshotsADayOld_shouldGoWhenAnotherIsSaved() {
        MarginSnapshotStore store = kit.rateCard.app.bean(MarginSnapshotStore.class);
        MarginQuery byLevel = new MarginQuery(JAN, JAN, MarginGrouping.LEVEL, null, null);
        MarginReport report = snapshots.answer(BY_PERSON, id -> true, true, true).report();
        Instant saved = Instant.parse("2026-02-02T10:00:00Z");
        store.save(BY_PERSON, new MarginSnapshot(report, saved));

        store.save(byLevel, new MarginSnapshot(report, saved.plus(Duration.ofDays(1)).plusMillis(1)));

        assertFalse(store.find(BY_PERSON).isPresent());
        assertTrue(store.find(byLevel).isPresent());
    }

    @Test
    public void snapshotAskedForWithinTheHour_shouldBeComputedAgainInTheBackgroundOnceThreeMinutesOld() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        logHalfHours("ana", 1);
        clock.advance(MarginSnapshots.REFRESH_AFTER);

        int refreshed = snapshots.refresh(() -> false, ItemFailures.RETHROW);
        Instant refreshedAt = clock.instant();
        clock.advance(Duration.ofMinutes(4));
        MarginAnswer answer = snapshots.answer(BY_PERSON, id -> true, true, false);

        assertEquals(1, refreshed);
        assertTrue(answer.snapshot());
        assertEquals(refreshedAt, answer.computedAt());
        assertEquals(7500, revenueOf(answer, "ana"));
    }

    @Test
    public void snapshotYoungerThanThreeMinutes_shouldBeLeftAsItIsByTheBackgroundJob() {
        MarginAnswer first = snapshots.answer(BY_PERSON, id -> true, true, false);
        clock.advance(MarginSnapshots.REFRESH_AFTER.minusSeconds(1));

        assertEquals(0, snapshots.refresh(() -> false, ItemFailures.RETHROW));
        assertEquals(first.computedAt(), snapshots.answer(BY_PERSON, id -> true, true, false).computedAt());
    }

    @Test
    public void snapshotNotAskedForWithinTheHour_shouldNoLongerBeComputedAgain() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        clock.advance(MarginSnapshots.REFRESHED_WHILE_ASKED.plusSeconds(1));

        assertEquals(0, snapshots.refresh(() -> false, ItemFailures.RETHROW));
    }

    @Test
    public void answerFromTheSnapshot_shouldCountAsAskingForIt() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        clock.advance(Duration.ofMinutes(4));
        assertTrue(snapshots.answer(BY_PERSON, id -> true, true, false).snapshot());
        clock.advance(Duration.ofMinutes(58));

        assertEquals("asked 58 minutes ago, computed 62 minutes ago", 1, snapshots.refresh(() -> false, ItemFailures.RETHROW));
    }

    @Test
    public void snapshotComputedAgainInTheBackground_shouldKeepTheMomentItWasLastAskedFor() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        clock.advance(Duration.ofMinutes(58));
        assertEquals(1, snapshots.refresh(() -> false, ItemFailures.RETHROW));
        clock.advance(Duration.ofMinutes(3));

        assertEquals("asked 61 minutes ago", 0, snapshots.refresh(() -> false, ItemFailures.RETHROW));
    }

    @Test
    public void backgroundJobAskedToStop_shouldComputeNoMoreSnapshots() {
        snapshots.answer(BY_PERSON, id -> true, true, false);
        snapshots.answer(new MarginQuery(JAN, JAN, MarginGrouping.LEVEL, null, null), id -> true, true, false);
        clock.advance(MarginSnapshots.REFRESH_AFTER);

        assertEquals(0, snapshots.refresh(() -> true, ItemFailures.RETHROW));
        assertEquals(2, snapshots.refresh(() -> false, ItemFailures.RETHROW));
    }

    @Test
    public void backgroundJob_shouldComputeAtMostTwentySnapshotsARunThoseAskedForLastFirst() {
        for (int month = 1; month <= MarginSnapshots.REFRESHED_PER_RUN + 1; month++) {
            YearMonth asked = JAN.plusMonths((month - 1) % 12);
            MarginGrouping by = month <= 12 ? MarginGrouping.PERSON : MarginGrouping.LEVEL;
            snapshots.answer(new MarginQuery(asked, asked, by, null, null), id -> true, true, false);
            clock.advance(Duration.ofSeconds(1));
        }
        clock.advance(MarginSnapshots.REFRESH_AFTER);

        assertEquals(MarginSnapshots.REFRESHED_PER_RUN, snapshots.refresh(() -> false, ItemFailures.RETHROW));
        MarginSnapshotStore store = kit.rateCard.app.bean(MarginSnapshotStore.class);
        assertEquals("the one asked for first waits for the next run", List.of(BY_PERSON),
                store.askedSince(Instant.EPOCH, clock.instant().minus(MarginSnapshots.REFRESH_AFTER)).stream().map(MarginSnapshotStore.Kept::query).toList());
    }

    @Test
    public void answerFromASnapshotAskedForWithinAMinute_shouldLeaveTheMomentAsked() {
        MarginSnapshotStore store = kit.rateCard.app.bean(MarginSnapshotStore.class);
        snapshots.answer(BY_PERSON, id -> true, true, false);
        Instant asked = store.find(BY_PERSON).orElseThrow().askedAt();
        clock.advance(Duration.ofSeconds(59));

        assertTrue(snapshots.answer(BY_PERSON, id -> true, true, false).snapshot());
        assertEquals(asked, store.find(BY_PERSON).orElseThrow().askedAt());
        clock.advance(Duration.ofSeconds(1));
        snapshots.answer(BY_PERSON, id -> true, true, false);
        assertEquals(clock.instant(), store.find(BY_PERSON).orElseThrow().askedAt());
    }

    @Test
    public void newerSnapshotAskedForEarlier_shouldKeepTheLaterMomentAsked() {
        MarginSnapshotStore store = kit.rateCard.app.bean(MarginSnapshotStore.class);
        MarginReport report = snapshots.answer(BY_PERSON, id -> true, true, true).report();
        Instant saved = Instant.parse("2026-02-02T10:00:00Z");
        store.save(BY_PERSON, new MarginSnapshot(report, saved, saved.plusSeconds(60)));

        store.save(BY_PERSON, new MarginSnapshot(report, saved.plusSeconds(120), saved));

        MarginSnapshot kept = store.find(BY_PERSON).orElseThrow();
        assertEquals(saved.plusSeconds(120), kept.computedAt());
        assertEquals(saved.plusSeconds(60), kept.askedAt());
    }

    @Test
    public void snapshotSavedAfterALaterOne_shouldLeaveItsReportButNoteItsLaterRequest() {
        MarginSnapshotStore store = kit.rateCard.app.bean(MarginSnapshotStore.class);
        MarginReport report = snapshots.answer(BY_PERSON, id -> true, true, true).report();
        Instant later = Instant.parse("2026-02-02T10:00:00Z");
        store.save(BY_PERSON, new MarginSnapshot(report, later));

        store.save(BY_PERSON, new MarginSnapshot(report, later.minusSeconds(30), later.plusSeconds(30)));

        MarginSnapshot kept = store.find(BY_PERSON).orElseThrow();
        assertEquals(later, kept.computedAt());
        assertEquals(later.plusSeconds(30), kept.askedAt());
    }

    private static long revenueOf(MarginAnswer answer, String userKey) {
        return answer.report().rows().stream().filter(row -> row.key().equals(userKey)).findFirst().orElseThrow().revenueMinor();
    }

    private void logHalfHours(String user, int count) {
        for (int i = 0; i < count; i++) {
            long id = nextWorklog++;
            Instant started = Instant.parse("2026-01-05T08:00:00Z").plusSeconds(3600 * id);
            keeper.apply(List.of(WorklogChange.saved(new WorklogRecord(id, 1, "ACME-1", ACME, "ACME", user, started, 1800,
                    started.plusSeconds(1800)))));
        }
    }
}

package io.github.ratecard.ledger;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static io.github.ratecard.testing.kits.LedgerChanges.invoiced;
import static io.github.ratecard.testing.kits.LedgerChanges.issueOf;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.testing.kits.LedgerAggregates;
import io.github.ratecard.testing.kits.RateCardKit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The ledger kept true on a real database: idempotent, order-proof, rollups always equal a fresh aggregate. */
public class LedgerKeeperTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final long GLX = RateCardKit.GLX_PROJECT.id();
    private static final YearMonth ALL_FROM = YearMonth.of(2025, 1);
    private static final YearMonth ALL_TO = YearMonth.of(2027, 12);

    private final RateCardKit kit = new RateCardKit();
    private final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
    private final AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
    private final AoLedgerQueries queries = new AoLedgerQueries(kit.database.activeObjects());
    private LedgerKeeper target;

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        target = keeperOn(ledger);
    }

    private LedgerKeeper keeperOn(LedgerStore store) {
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
        return new LedgerKeeper(store, rollups, pricer, kit.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void savedWorklog_shouldBePricedIntoTheLedgerAndRollups() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 50 * 60, "2026-04-15T09:00:00Z"));

        LedgerEntry entry = queries.entriesOfIssue(issueOf(ACME), 0, 10).get(0);
        assertEquals(PricingStatus.PRICED, entry.status());
        assertEquals(60 * 60, entry.billedSeconds());
        assertEquals(Money.parse("60.00", "EUR"), entry.bill());
        assertEquals(Money.parse("25.00", "EUR"), entry.cost());
        Rollup project = rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO).get(0);
        assertEquals(2500, project.costMinor());
        assertEquals(1, project.entries());
        assertEquals(6000, rollups.rollups(Rollup.Kind.ACCOUNT, null, "ACME", ALL_FROM, ALL_TO).get(0).billMinor());
    }

    @Test
    public void redeliveredChange_shouldLeaveTheSameLedger() {
        WorklogChange change = saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z");
        target.handle(change);
        List<Rollup> once = rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO);

        target.handle(change);
        target.handle(change);

        assertEquals(once, rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO));
        assertEquals(1, queries.countOfIssue(issueOf(ACME)));
    }

    @Test
    public void olderEditArrivingLate_shouldChangeNothing() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 7200, "2026-04-15T12:00:00Z"));

        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T10:00:00Z"));

        assertEquals(7200, queries.entriesOfIssue(issueOf(ACME), 0, 1).get(0).workedSeconds());
    }

    @Test
    public void deletion_shouldBeFinalEvenWhenTheCreationArrivesAfterIt() {
        target.handle(WorklogChange.deleted(5, Instant.parse("2026-04-16T00:00:00Z")));
        target.handle(saved(5, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));

        assertEquals(0, queries.countOfIssue(issueOf(ACME)));
        assertTrue(rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO).isEmpty());
    }

    @Test
    public void deletion_shouldWinEvenWhenTheEntryLooksNewerThanIt() {
        target.handle(saved(3, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T12:00:00Z"));

        target.handle(WorklogChange.deleted(3, Instant.parse("2026-04-15T11:59:00Z")));

        assertEquals(0, queries.countOfIssue(issueOf(ACME)));
        assertTrue(rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO).isEmpty());
    }

    @Test
    public void deletion_shouldTakeTheEntryOutOfTheRollups() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        target.handle(saved(2, ACME, "ana", "2026-04-15T10:00:00Z", 1800, "2026-04-15T11:00:00Z"));

        target.handle(WorklogChange.deleted(1, Instant.parse("2026-04-16T00:00:00Z")));

        Rollup project = rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO).get(0);
        assertEquals(1800, project.workedSeconds());
        assertEquals(1, project.entries());
    }

    @Test
    public void twoNodesChangingOneWorklogAtOnce_shouldFailTheLaterInsteadOfCountingTwice() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        LedgerKeeper otherNode = keeperOn(ledger);
        LedgerKeeper thisNode = keeperOn(storeThatLetsAnotherNodeInAfterReading(
                () -> otherNode.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 5400, "2026-04-15T11:00:00Z"))));

        assertThrows(ConcurrentLedgerChangeException.class,
                () -> thisNode.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 7200, "2026-04-15T10:00:00Z")));

        assertEquals(5400, queries.entriesOfIssue(issueOf(ACME), 0, 1).get(0).workedSeconds());
        assertEquals(LedgerAggregates.fresh(kit.database.activeObjects(), ACME), LedgerAggregates.ofRollups(rollups, ACME));
        assertEquals(1, rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO).get(0).entries());
    }

    /** The ledger store, except that right after its first read another node's change runs (on its own thread) and commits. */
    private LedgerStore storeThatLetsAnotherNodeInAfterReading(Runnable otherNodesChange) {
        AtomicBoolean done = new AtomicBoolean();
        return (LedgerStore) Proxy.newProxyInstance(LedgerStore.class.getClassLoader(), new Class<?>[] {LedgerStore.class}, (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(ledger, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("storedAll") && !done.getAndSet(true)) {
                Thread otherNode = new Thread(otherNodesChange);
                otherNode.start();
                otherNode.join();
            }
            return result;
        });
    }

    @Test
    public void invoicedEntry_shouldKeepThePriceItWasBilledAt() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        LedgerEntry billed = queries.entriesOfIssue(issueOf(ACME), 0, 1).get(0);
        ledger.save(invoiced(billed));

        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 7200, "2026-04-20T09:00:00Z"));

        assertEquals(3600, queries.entriesOfIssue(issueOf(ACME), 0, 1).get(0).workedSeconds());
    }

    @Test
    public void planReprice_shouldReplaceTheRowsReadAndMoveTheRollupsFromTheOldPriceToTheNew() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        LedgerStore.Stored read = ledger.stored(1).orElseThrow();
        kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("48", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-04-01")));

        RepricedEntries plan = target.planReprice(List.of(read)).orElseThrow();

        assertEquals(List.of(read.rowId()), plan.replacedRows());
        assertEquals(Money.parse("48.00", "EUR"), plan.entries().get(0).cost());
        assertEquals(new BatchResult(1, 0, 0), plan.result());
        long costDelta = plan.contributions().stream().filter(r -> r.key().kind() == Rollup.Kind.PROJECT).mapToLong(Rollup::costMinor).sum();
        assertEquals(4800 - 3000, costDelta);
    }

    @Test
    public void planReprice_shouldLeaveOutAnInvoicedEntryWhosePriceStays() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        target.handle(saved(2, ACME, "ben", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        ledger.save(invoiced(ledger.stored(1).orElseThrow().entry().orElseThrow()));
        kit.rateService.add(RateScope.user("ben"), HourlyRate.parse("48", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-04-01")));

        RepricedEntries plan = target.planReprice(List.of(ledger.stored(1).orElseThrow(), ledger.stored(2).orElseThrow())).orElseThrow();

        assertEquals(List.of(ledger.stored(2).orElseThrow().rowId()), plan.replacedRows());
        assertEquals(List.of(2L), plan.entries().stream().map(LedgerEntry::worklogId).toList());
        assertEquals(new BatchResult(1, 1, 0), plan.result());
    }

    @Test
    public void planReprice_shouldBeEmptyForAnInvoicedEntryTheRateCardNowPricesDifferently() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        ledger.save(invoiced(ledger.stored(1).orElseThrow().entry().orElseThrow()));
        kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("48", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-04-01")));

        assertEquals(Optional.empty(), target.planReprice(List.of(ledger.stored(1).orElseThrow())));
    }

    @Test
    public void movedIssue_shouldTakeItsEntriesAndTheirRollupsToTheNewProject() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));

        target.issueMoved(issueOf(ACME), GLX);

        LedgerEntry moved = ledger.allEntriesOfIssue(issueOf(ACME)).get(0);
        assertEquals(GLX, moved.projectId());
        assertEquals(PricingStatus.NO_ACCOUNT, moved.status());
        assertTrue(rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO).isEmpty());
        assertEquals(3600, rollups.rollups(Rollup.Kind.PROJECT, GLX, null, ALL_FROM, ALL_TO).get(0).workedSeconds());
        assertTrue(rollups.rollups(Rollup.Kind.ACCOUNT, null, "ACME", ALL_FROM, ALL_TO).isEmpty());
    }

    @Test
    public void deletedIssue_shouldTakeAllItsEntriesOutOfTheLedger() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        target.handle(saved(2, ACME, "ben", "2026-04-16T08:00:00Z", 1800, "2026-04-16T09:00:00Z"));

        target.issueDeleted(issueOf(ACME));

        assertEquals(0, queries.countOfIssue(issueOf(ACME)));
        assertTrue(rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO).isEmpty());
        assertEquals(0L, (long) queries.countsByStatus().get(PricingStatus.PRICED));
    }

    @Test
    public void workWithoutAnAccount_shouldCountAsUnpriced() {
        target.handle(saved(9, GLX, "ben", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));

        Rollup project = rollups.rollups(Rollup.Kind.PROJECT, GLX, null, ALL_FROM, ALL_TO).get(0);
        assertEquals(1, project.unpriced());
        assertEquals(PricingStatus.NO_ACCOUNT, queries.entriesOfIssue(issueOf(GLX), 0, 1).get(0).status());
    }

    @Test
    public void rollups_shouldEqualAFreshAggregateAfterAnyMixOfChanges() {
        applyRandomChanges(11);

        for (long project : new long[] {ACME, GLX}) {
            assertEquals(LedgerAggregates.fresh(kit.database.activeObjects(), project), LedgerAggregates.ofRollups(rollups, project));
        }
    }

    @Test
    public void countsByStatus_shouldEqualAFreshCountOfTheLiveEntriesAfterAnyMixOfChanges() {
        applyRandomChanges(12);

        Map<PricingStatus, Long> counts = queries.countsByStatus();

        assertTrue(counts.get(PricingStatus.PRICED) > 0 && counts.get(PricingStatus.NO_ACCOUNT) > 0
                && counts.get(PricingStatus.MISSING_COST_RATE) > 0);
        for (PricingStatus status : PricingStatus.values()) {
            assertEquals(status.name(), (long) kit.database.activeObjects().count(LedgerEntity.class, Query.select()
                    .where(LedgerEntity.STATUS + " = ? AND " + LedgerEntity.DELETED_MILLIS + " IS NULL", status.name())), (long) counts.get(status));
        }
    }

    @Test
    public void countsByStatus_withEveryEntryPriced_shouldCountTheLiveOnesAndNameEveryStatus() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        target.handle(saved(2, ACME, "ben", "2026-04-16T08:00:00Z", 1800, "2026-04-16T09:00:00Z"));
        target.handle(saved(3, ACME, "ben", "2026-04-17T08:00:00Z", 1800, "2026-04-17T09:00:00Z"));
        target.handle(WorklogChange.deleted(2, Instant.parse("2026-04-18T09:00:00Z")));

        assertEquals(Map.of(PricingStatus.PRICED, 2L, PricingStatus.MISSING_COST_RATE, 0L, PricingStatus.MISSING_BILL_RATE, 0L,
                PricingStatus.NO_ACCOUNT, 0L), queries.countsByStatus());
    }

    /** Saves, deletions, re-deliveries, re-pricing, folding and batches at random, with a change of the rate card half way. */
    private void applyRandomChanges(long seed) {
        Random random = new Random(seed);
        List<WorklogChange> sent = new ArrayList<>();
        List<WorklogChange> batch = new ArrayList<>();
        Instant clock = Instant.parse("2026-02-01T00:00:00Z");
        for (int step = 0; step < 400; step++) {
            clock = clock.plusSeconds(60 + random.nextInt(3600));
            long worklog = 1 + random.nextInt(40);
            int action = random.nextInt(12);
            WorklogChange change;
            if (step == 200) {
                kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("41.5", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-03-01")));
            }
            if (action < 6) {
                long project = random.nextBoolean() ? ACME : GLX;
                String started = clock.minusSeconds(random.nextInt(90) * 86_400L).toString();
                change = saved(worklog, project, random.nextBoolean() ? "ana" : "ben", started, 60 + random.nextInt(4 * 3600), clock.toString());
            } else if (action < 7) {
                change = WorklogChange.deleted(worklog, clock);
            } else if (action < 8 && !sent.isEmpty()) {
                change = sent.get(random.nextInt(sent.size()));
            } else if (action < 9) {
                target.reprice(ledger.affectedEntries(AffectedWork.everything("test"), random.nextInt(20), 10));
                continue;
            } else if (action < 10) {
                rollups.compactRollups();
                continue;
            } else {
                target.apply(batch);
                batch.clear();
                continue;
            }
            sent.add(change);
            if (random.nextBoolean()) {
                batch.add(change);
            } else {
                target.handle(change);
            }
        }
        target.apply(batch);

    }
}

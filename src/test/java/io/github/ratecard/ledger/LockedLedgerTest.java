package io.github.ratecard.ledger;

import static io.github.ratecard.testing.kits.LedgerChanges.issueOf;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoPendingChangeStore;
import io.github.ratecard.store.AoPeriodCloseStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.AoTimesheetSettings;
import io.github.ratecard.store.AoTimesheetStore;
import io.github.ratecard.store.PendingChangeEntity;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The ledger keeper on locked work, on a real database: re-pricing, the back-fill's JDBC path, and the reads the locks cost. */
public class LockedLedgerTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final Instant NOW = Instant.parse("2026-07-10T12:00:00Z");

    private final RateCardKit kit = new RateCardKit();
    private final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
    private final AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
    private final AoLedgerQueries queries = new AoLedgerQueries(kit.database.activeObjects());
    private final AoTimesheetStore timesheets = new AoTimesheetStore(kit.database.activeObjects(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final AoPeriodCloseStore closes = new AoPeriodCloseStore(kit.database.activeObjects());
    private final AoPendingChangeStore pending = new AoPendingChangeStore(kit.database.activeObjects());
    private LedgerKeeper target;
    private LedgerKeeper withoutApprovals;

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        target = keeper(new LockedWork(timesheets, new AoTimesheetSettings(kit.database.activeObjects()), closes, pending));
        withoutApprovals = keeper(LockedWork.NONE);
    }

    private LedgerKeeper keeper(LockedWork locked) {
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
        return new LedgerKeeper(ledger, rollups, pricer, kit.transactions, Clock.fixed(NOW, ZoneOffset.UTC), InvoicedWorkChanges.NONE,
                RefusedWorklogs.LOG_ONLY, locked);
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void repricing_shouldLeaveEntriesOfAClosedMonthAtTheirPrice() {
        target.handle(saved(1, ACME, "ana", "2026-06-10T08:00:00Z", 3600, "2026-06-10T09:00:00Z"));
        target.handle(saved(2, ACME, "ana", "2026-05-12T08:00:00Z", 3600, "2026-05-12T09:00:00Z"));
        closeJuneForAcme();
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("80", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-05-01")));

        BatchResult result = target.reprice(queries.entriesOfIssue(issueOf(ACME), 0, 10));

        assertEquals(Money.parse("60.00", "EUR"), entry(1).bill());
        assertEquals(Money.parse("80.00", "EUR"), entry(2).bill());
        assertEquals(new BatchResult(1, 1, 0), result);
        assertEquals(0, kit.database.activeObjects().count(PendingChangeEntity.class, Query.select()));
    }

    @Test
    public void lockedOf_shouldNameTheEntriesRepricingLeavesAtTheirPrice() {
        target.handle(saved(1, ACME, "ana", "2026-06-10T08:00:00Z", 3600, "2026-06-10T09:00:00Z"));
        target.handle(saved(2, ACME, "ana", "2026-05-12T08:00:00Z", 3600, "2026-05-12T09:00:00Z"));
        closeJuneForAcme();
        LockedWork locks = new LockedWork(timesheets, new AoTimesheetSettings(kit.database.activeObjects()), closes, pending);

        assertEquals(java.util.Set.of(1L), locks.lockedOf(queries.entriesOfIssue(issueOf(ACME), 0, 10)));
    }

    @Test
    public void repricing_shouldNotWithdrawAPendingChangeOfTheEntry() {
        target.handle(saved(1, ACME, "ana", "2026-06-10T08:00:00Z", 3600, "2026-06-10T09:00:00Z"));
        closeJuneForAcme();
        target.handle(saved(1, ACME, "ana", "2026-06-10T08:00:00Z", 7200, "2026-07-01T09:00:00Z"));

        target.reprice(queries.entriesOfIssue(issueOf(ACME), 0, 10));

        assertTrue(pending.openOf(1).isPresent());
    }

    @Test
    public void deletionDeliveredAgainLater_shouldBeTheSamePendingChange() {
        target.handle(saved(3, ACME, "ana", "2026-06-10T08:00:00Z", 3600, "2026-06-10T09:00:00Z"));
        closeJuneForAcme();

        target.handle(WorklogChange.deleted(3, Instant.parse("2026-07-01T09:00:00Z")));
        target.handle(WorklogChange.deleted(3, Instant.parse("2026-07-02T09:00:00Z")));

        assertEquals(1, kit.database.activeObjects().count(PendingChangeEntity.class, Query.select()));
        assertEquals(3600, entry(3).workedSeconds());
    }

    @Test
    public void creationArrivingAfterAHeldDeletion_shouldNotWithdrawIt() {
        target.handle(saved(4, ACME, "ana", "2026-06-10T08:00:00Z", 3600, "2026-06-10T09:00:00Z"));
        closeJuneForAcme();
        target.handle(WorklogChange.deleted(4, Instant.parse("2026-07-01T09:00:00Z")));

        target.handle(saved(4, ACME, "ana", "2026-06-10T08:00:00Z", 3600, "2026-06-10T09:00:00Z"));

        assertTrue(pending.openOf(4).isPresent());
    }

    @Test
    public void acceptedChange_shouldGoIntoTheLedgerDespiteTheLock() {
        target.handle(saved(5, ACME, "ana", "2026-06-10T08:00:00Z", 3600, "2026-06-10T09:00:00Z"));
        closeJuneForAcme();
        WorklogChange edit = saved(5, ACME, "ana", "2026-06-10T08:00:00Z", 7200, "2026-07-01T09:00:00Z");
        target.handle(edit);

        target.applyAccepted(List.of(edit));

        assertEquals(7200, entry(5).workedSeconds());
        assertEquals(12000, rollups.rollups(Rollup.Kind.PROJECT, ACME, null, YearMonth.of(2026, 1), YearMonth.of(2026, 12)).get(0).billMinor());
    }

    @Test
    public void backfillBatchTouchingAClosedMonth_shouldBeLeftToTheKeepersPath() {
        closeJuneForAcme();
        List<WorklogRecord> batch = List.of(record(10, "2026-05-12T08:00:00Z"), record(11, "2026-06-10T08:00:00Z"));

        assertTrue(target.priceNew(batch).isEmpty());
        assertTrue(target.priceNew(List.of(batch.get(0))).isPresent());
    }

    @Test
    public void backfillBatchTouchingAnApprovedTimesheet_shouldBeLeftToTheKeepersPath() {
        approveAnasWeekOf("2026-04-13");

        assertTrue(target.priceNew(List.of(record(12, "2026-04-15T08:00:00Z"))).isEmpty());
        assertTrue(target.priceNew(List.of(record(13, "2026-04-22T08:00:00Z"))).isPresent());
    }

    @Test
    public void locks_shouldCostTheSameFewReadsForOneChangeAndForAHundred() {
        approveAnasWeekOf("2026-04-13");
        closeJuneForAcme();

        int one = extraStatements(1, 1000);
        int hundred = extraStatements(100, 2000);

        assertEquals(4, one);
        assertEquals(one, hundred);
    }

    /** Statements a batch of new worklogs outside any lock costs beyond what it costs without approvals. */
    private int extraStatements(int size, long firstId) {
        int with = statementsFor(() -> target.apply(batch(firstId, size)));
        int without = statementsFor(() -> withoutApprovals.apply(batch(firstId + 500, size)));
        return with - without;
    }

    private static List<WorklogChange> batch(long firstId, int size) {
        List<WorklogChange> changes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String day = LocalDate.parse("2026-04-20").plusDays(i % 30).toString();
            changes.add(saved(firstId + i, ACME, i % 2 == 0 ? "ana" : "ben", day + "T08:00:00Z", 600, day + "T09:00:00Z"));
        }
        return changes;
    }

    private int statementsFor(Runnable run) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = kit.database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            run.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }

    private static WorklogRecord record(long id, String started) {
        return saved(id, ACME, "ana", started, 3600, started).record().orElseThrow();
    }

    private void approveAnasWeekOf(String monday) {
        Timesheet sheet = timesheets.openOrFind("ana", new TimesheetPeriod(Cadence.WEEK, LocalDate.parse(monday)));
        timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", NOW, null));
        timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.APPROVE, TimesheetState.SUBMITTED, TimesheetState.APPROVED, "lead", NOW, null));
    }

    private void closeJuneForAcme() {
        closes.prepare(CloseScope.project(ACME), YearMonth.of(2026, 6));
        closes.apply(CloseScope.project(ACME), YearMonth.of(2026, 6), new CloseEvent(CloseAction.CLOSE, "finance", NOW, null));
    }

    private LedgerEntry entry(long worklogId) {
        return queries.entriesOfIssue(issueOf(ACME), 0, 100).stream().filter(e -> e.worklogId() == worklogId).findFirst().orElseThrow();
    }
}

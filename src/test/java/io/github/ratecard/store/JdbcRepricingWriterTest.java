package io.github.ratecard.store;

import static io.github.ratecard.store.SalConnections.before;
import static io.github.ratecard.store.SalConnections.failing;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.jobs.BackfillWriter;
import io.github.ratecard.jobs.JobKind;
import io.github.ratecard.jobs.JobService;
import io.github.ratecard.jobs.JobState;
import io.github.ratecard.jobs.JobTrigger;
import io.github.ratecard.jobs.JobWorker;
import io.github.ratecard.jobs.LedgerJob;
import io.github.ratecard.jobs.RepricingWriter;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.InvoicedWorkChanges;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.LockedWork;
import io.github.ratecard.ledger.RefusedWorklogs;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.SalConnections.Statements;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.testing.kits.LedgerAggregates;
import io.github.ratecard.testing.kits.LedgerChanges;
import io.github.ratecard.testing.kits.RateCardKit;

import java.sql.Connection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import java.util.concurrent.atomic.AtomicReference;

import java.util.function.UnaryOperator;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/** Re-pricing's batches written as JDBC batches in a transaction of their own, through SAL's executor, and the batches left to the keeper. */
public class JdbcRepricingWriterTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final long GLX = RateCardKit.GLX_PROJECT.id();
    private static final int BATCH = 40;
    private static final int WORKLOGS = 130;
    /** Ana's worklogs, every even one: the entries her new rate re-prices, in two batches. */
    private static final int ANAS = WORKLOGS / 2;

    private final List<RateCardKit> kits = new ArrayList<>();
    private final TreeMap<Long, WorklogRecord> jira = new TreeMap<>();

    public JdbcRepricingWriterTest() {
        for (long id = 1; id <= WORKLOGS; id++) {
            jira.put(id, saved(id, id % 3 == 0 ? GLX : ACME, id % 2 == 0 ? "ana" : "ben",
                    LocalDate.parse("2026-03-01").plusDays(id % 60) + "T09:00:00Z", 900 + id * 7, "2026-05-01T00:00:00Z").record().orElseThrow());
        }
    }

    @After
    public void tearDown() {
        kits.forEach(RateCardKit::close);
    }

    @Test
    public void jdbcBatches_shouldWriteTheSameLedgerAndRollupRowsAsTheLedgerKeeper() {
        App keepers = new App();
        App jdbc = new App();
        Statements deletes = new Statements(sql -> sql.startsWith("DELETE FROM"));
        jdbc.useWriter(deletes);

        LedgerJob byKeeper = keepers.repriceAna();
        LedgerJob byJdbc = jdbc.repriceAna();

        assertEquals("both batches went the JDBC way", 2, deletes.count.get());
        assertEquals(keepers.ledgerRows(), jdbc.ledgerRows());
        assertEquals(keepers.rollupRows(), jdbc.rollupRows());
        assertTrue("entries with a value and entries without", jdbc.ledgerRows().stream().anyMatch(entry -> entry.value() != null)
                && jdbc.ledgerRows().stream().anyMatch(entry -> entry.value() == null));
        assertEquals(ANAS, jdbc.jobs.job(byJdbc.id()).done());
        assertEquals(keepers.jobs.job(byKeeper.id()).position(), jdbc.jobs.job(byJdbc.id()).position());
        assertEquals(Money.parse("48.00", "EUR").minorUnits() * jdbc.entry(2).workedSeconds() / 3600, jdbc.entry(2).cost().minorUnits(), 1);
        jdbc.assertRollupsMatchTheLedger();
    }

    @Test
    public void failureAfterTheRowsAreReplaced_shouldLeaveTheLedgerTheRollupsAndThePositionAsTheyWere() {
        App app = new App();
        String rollupTable = app.kit.database.tableName(RollupEntity.class);
        JdbcRepricingWriter writer = app.writer(failing(sql -> sql.startsWith("INSERT INTO") && sql.contains(rollupTable)));
        LedgerJob job = app.queueAnasRepricing();
        Map<Long, Long> rowIds = app.rowIds();
        int rollupRows = app.ao().count(RollupEntity.class, Query.select());

        assertThrows(IllegalStateException.class, () -> app.writeFirstBatch(writer, job));

        assertEquals(rowIds, app.rowIds());
        assertEquals(Money.parse("30.00", "EUR").minorUnits() * app.entry(2).workedSeconds() / 3600, app.entry(2).cost().minorUnits(), 1);
        assertEquals(rollupRows, app.ao().count(RollupEntity.class, Query.select()));
        assertEquals(0, app.jobs.job(job.id()).position());
    }

    @Test
    public void jobPausedWhileItsBatchIsWritten_shouldNotBeAdvanced() {
        App app = new App();
        AtomicReference<LedgerJob> job = new AtomicReference<>();
        AtomicBoolean paused = new AtomicBoolean();
        app.useWriter(connection -> before(connection, sql -> sql.startsWith("UPDATE"), () -> {
            if (paused.compareAndSet(false, true)) {
                app.jobs.pause(job.get().id());
            }
        }));
        job.set(app.queueAnasRepricing());
        Map<Long, Long> rowIds = app.rowIds();

        app.worker().runPending(() -> false);

        LedgerJob stopped = app.jobs.job(job.get().id());
        assertEquals(JobState.PAUSED, stopped.state());
        assertEquals(0, stopped.position());
        assertEquals(0, stopped.done());
        assertEquals(rowIds, app.rowIds());
        app.assertRollupsMatchTheLedger();
    }

    @Test
    public void batchHoldingAnInvoicedEntryTheNewRatePricesDifferently_shouldBeLeftToTheLedgerKeeper() {
        App app = new App();
        app.ledger.save(LedgerChanges.invoiced(app.entry(4)));
        LedgerEntry billed = app.entry(4);
        JdbcRepricingWriter writer = app.writer(UnaryOperator.identity());
        LedgerJob job = app.queueAnasRepricing();
        Map<Long, Long> rowIds = app.rowIds();

        assertEquals(BackfillWriter.Outcome.LEFT, app.writeFirstBatch(writer, job));
        assertEquals(rowIds, app.rowIds());

        app.useWriter(UnaryOperator.identity());
        app.worker().runPending(() -> false);

        assertEquals(billed, app.entry(4));
        assertEquals(rowIds.get(4L), app.rowIds().get(4L));
        assertNotEquals(app.entry(2).cost(), billed.cost());
        assertEquals(1, app.jobs.job(job.id()).skipped());
        assertEquals(ANAS - 1, app.jobs.job(job.id()).done());
        app.assertRollupsMatchTheLedger();
    }

    @Test
    public void batchMeetingAClosedMonth_shouldBeLeftToTheLedgerKeeperWhichKeepsTheLockedEntriesAtTheirPrice() {
        App app = new App();
        app.closes.prepare(CloseScope.project(ACME), YearMonth.of(2026, 3));
        app.closes.apply(CloseScope.project(ACME), YearMonth.of(2026, 3), new CloseEvent(CloseAction.CLOSE, "finance", RateCardKit.NOW, null));
        JdbcRepricingWriter writer = app.writer(UnaryOperator.identity());
        LedgerJob job = app.queueAnasRepricing();
        LedgerEntry lockedBefore = app.entry(2);
        Map<Long, Long> rowIds = app.rowIds();

        assertEquals(BackfillWriter.Outcome.LEFT, app.writeFirstBatch(writer, job));
        assertEquals(rowIds, app.rowIds());

        app.useWriter(UnaryOperator.identity());
        app.worker().runPending(() -> false);

        assertEquals("March's ACME entry keeps its price", lockedBefore, app.entry(2));
        assertNotEquals("March's GLX entry is priced again", Money.parse("30.00", "EUR").minorUnits() * app.entry(6).workedSeconds() / 3600,
                app.entry(6).cost().minorUnits());
        assertTrue(app.jobs.job(job.id()).skipped() > 0);
        assertEquals(ANAS, app.jobs.job(job.id()).done() + app.jobs.job(job.id()).skipped());
        app.assertRollupsMatchTheLedger();
    }

    @Test
    public void tablesNotInTheCatalogue_shouldLeaveEveryBatchToTheLedgerKeeperWithOneWarning() {
        App app = new App();
        List<String> warnings = new ArrayList<>();
        app.repricer = new JdbcRepricingWriter(new JdbcBackfillWriter(new TestTransactionalExecutors(app.kit.database), "com.example.other",
                warnings::add));

        LedgerJob job = app.repriceAna();

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0), warnings.get(0).contains(AoTable.expectedName("com.example.other", LedgerEntity.class)));
        assertEquals(JobState.DONE, app.jobs.job(job.id()).state());
        assertEquals(ANAS, app.jobs.job(job.id()).done());
        assertEquals(Money.parse("48.00", "EUR").minorUnits() * app.entry(2).workedSeconds() / 3600, app.entry(2).cost().minorUnits(), 1);
        app.assertRollupsMatchTheLedger();
    }

    @Test
    public void entryChangedByTheListenerWhileItsBatchIsWritten_shouldLeaveTheBatchToTheLedgerKeeper() {
        App app = new App();
        AtomicBoolean edited = new AtomicBoolean();
        Statements deletes = new Statements(sql -> sql.startsWith("DELETE FROM"));
        app.useWriter(connection -> before(deletes.apply(connection), sql -> sql.startsWith("DELETE FROM"), () -> {
            if (edited.compareAndSet(false, true)) {
                app.keeper.handle(saved(8, ACME, "ana", "2026-03-09T09:00:00Z", 7200, "2026-06-01T00:00:00Z"));
            }
        }));

        LedgerJob job = app.repriceAna();

        assertTrue(edited.get());
        assertEquals("the second batch went the JDBC way", 2, deletes.count.get());
        assertEquals(7200, app.entry(8).workedSeconds());
        assertEquals(Money.parse("96.00", "EUR"), app.entry(8).cost());
        assertEquals(JobState.DONE, app.jobs.job(job.id()).state());
        assertEquals(ANAS, app.jobs.job(job.id()).done());
        assertEquals(WORKLOGS, app.ao().count(LedgerEntity.class, Query.select()));
        app.assertRollupsMatchTheLedger();
    }

    @Test
    public void sparseAffectedWork_shouldBeReadInWidenedWindowsUpToTheLedgersEnd() {
        App app = new App();
        JdbcRepricingWriter writer = app.writer(UnaryOperator.identity());
        LedgerJob job = app.queueAnasRepricing();
        AffectedWork anasGlx = AffectedWork.ofProject("test", GLX).forUsers(java.util.Set.of("ana"));
        Map<Long, Long> before = app.rowIds();

        BackfillWriter.Outcome outcome = writer.write(anasGlx, 0, BATCH, app.keeper::planReprice, (position, result) -> new BackfillWriter.Advance(
                job.id(), 0, position, result.applied(), result.skippedInvoiced(), ANAS, 1, RateCardKit.NOW));

        assertEquals(BackfillWriter.Outcome.WRITTEN, outcome);
        Map<Long, Long> after = app.rowIds();
        List<Long> replaced = before.keySet().stream().filter(worklogId -> !before.get(worklogId).equals(after.get(worklogId))).toList();
        assertEquals("every sixth worklog is ana's on GLX", java.util.stream.LongStream.rangeClosed(1, WORKLOGS / 6).map(n -> 6 * n).boxed().toList(),
                replaced);
        assertEquals(126, app.jobs.job(job.id()).position());
        assertEquals(WORKLOGS / 6, app.jobs.job(job.id()).done());
    }

    /** The ledger's part of the app on a database of its own, back-filled through the keeper, with the same rate card each time. */
    private final class App {
        final RateCardKit kit = new RateCardKit();
        final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
        final AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
        final AoJobStore jobStore = new AoJobStore(kit.database.activeObjects());
        final AoRetryQueue retries = new AoRetryQueue(kit.database.activeObjects());
        final AoPeriodCloseStore closes = new AoPeriodCloseStore(kit.database.activeObjects());
        final JobService jobs = new JobService(jobStore, kit.transactions, JobTrigger.NONE, RateCardKit.CLOCK);
        final LedgerKeeper keeper;
        RepricingWriter repricer = RepricingWriter.NONE;

        App() {
            kits.add(kit);
            kit.accountService.create(account("ACME", "EUR"));
            kit.accountService.link("ACME", "ACME", true);
            kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
            kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
            WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                    BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
            LockedWork locked = new LockedWork(new AoTimesheetStore(kit.database.activeObjects(), RateCardKit.CLOCK),
                    new AoTimesheetSettings(kit.database.activeObjects()), closes, new AoPendingChangeStore(kit.database.activeObjects()));
            keeper = new LedgerKeeper(ledger, rollups, pricer, kit.transactions, RateCardKit.CLOCK, InvoicedWorkChanges.NONE,
                    RefusedWorklogs.LOG_ONLY, locked);
            jobs.startBackfill("admin");
            worker().runPending(() -> false);
        }

        JdbcRepricingWriter writer(UnaryOperator<Connection> connections) {
            return new JdbcRepricingWriter(new JdbcBackfillWriter(new TestTransactionalExecutors(kit.database, connections), TestDatabase.NAMESPACE));
        }

        void useWriter(UnaryOperator<Connection> connections) {
            repricer = writer(connections);
        }

        JobWorker worker() {
            return new JobWorker(jobStore, ledger, rollups, keeper, new InMemory(), retries, new WorklogIntake(List.of(keeper), retries,
                    RateCardKit.CLOCK), kit.transactions, RateCardKit.CLOCK, BATCH, BackfillWriter.NONE, repricer);
        }

        /** Ana's own cost rate of 48 from the ledger's first day, and the re-pricing job it queues. */
        LedgerJob queueAnasRepricing() {
            kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("48", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-03-01")));
            AffectedWork work = kit.repricing.get(kit.repricing.size() - 1);
            kit.transactions.inTransaction(() -> {
                jobs.reprice(work);
                return null;
            });
            LedgerJob job = jobs.recent(1).get(0);
            assertEquals(JobKind.REPRICE, job.kind());
            return job;
        }

        LedgerJob repriceAna() {
            LedgerJob job = queueAnasRepricing();
            worker().runPending(() -> false);
            assertEquals(JobState.DONE, jobs.job(job.id()).state());
            return job;
        }

        BackfillWriter.Outcome writeFirstBatch(JdbcRepricingWriter writer, LedgerJob job) {
            return writer.write(job.work(), 0, BATCH, keeper::planReprice, (position, result) -> new BackfillWriter.Advance(job.id(), 0, position,
                    result.applied(), result.skippedInvoiced(), ANAS, 1, RateCardKit.NOW));
        }

        io.github.ratecard.testing.ao.EntityManagerActiveObjects ao() {
            return kit.database.activeObjects();
        }

        LedgerEntry entry(long worklogId) {
            return ledger.stored(worklogId).orElseThrow().entry().orElseThrow();
        }

        /** Each worklog's row id: a row replaced gets a new one. */
        Map<Long, Long> rowIds() {
            Map<Long, Long> ids = new TreeMap<>();
            for (LedgerEntity row : ao().find(LedgerEntity.class, Query.select())) {
                ids.put(row.getWorklogId(), row.getId());
            }
            return ids;
        }

        List<LedgerEntry> ledgerRows() {
            List<LedgerEntry> rows = new ArrayList<>();
            for (LedgerEntity row : ao().find(LedgerEntity.class, Query.select().order(LedgerEntity.WORKLOG_ID))) {
                rows.add(LedgerRows.entry(row));
            }
            return rows;
        }

        /** Every rollup row but its id, with how often it occurs. */
        Map<List<Object>, Integer> rollupRows() {
            Map<List<Object>, Integer> rows = new HashMap<>();
            for (RollupEntity row : ao().find(RollupEntity.class, Query.select())) {
                rows.merge(Arrays.asList(row.getKind(), row.getProjectId(), row.getUserKey(), row.getAccountKey(), row.getCurrency(),
                        row.getPeriodMonth(), row.getPeriodDay(), row.getWorkedSeconds(), row.getBilledSeconds(), row.getCostMinor(),
                        row.getBillMinor(), row.getEntries(), row.getUnpriced(), row.getBillableSeconds(), row.getValueMinor(), row.getUnvalued()), 1,
                        Integer::sum);
            }
            return rows;
        }

        void assertRollupsMatchTheLedger() {
            for (long project : new long[] {ACME, GLX}) {
                assertEquals(LedgerAggregates.fresh(ao(), project), LedgerAggregates.ofRollups(rollups, project));
            }
        }
    }

    private class InMemory implements WorklogSource {
        @Override
        public List<WorklogRecord> after(long worklogId, int limit) {
            return jira.tailMap(worklogId, false).values().stream().limit(limit).toList();
        }

        @Override
        public long count() {
            return jira.size();
        }
    }
}

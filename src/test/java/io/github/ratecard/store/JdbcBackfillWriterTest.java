package io.github.ratecard.store;

import static io.github.ratecard.store.SalConnections.before;
import static io.github.ratecard.store.SalConnections.failing;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.jobs.BackfillWriter;
import io.github.ratecard.jobs.JobService;
import io.github.ratecard.jobs.JobState;
import io.github.ratecard.jobs.JobTrigger;
import io.github.ratecard.jobs.JobWorker;
import io.github.ratecard.jobs.LedgerJob;
import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.SalConnections.Statements;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.testing.kits.LedgerAggregates;
import io.github.ratecard.testing.kits.RateCardKit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import java.util.function.UnaryOperator;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/** The back-fill's batches of new worklogs written as JDBC batches in a transaction of their own, through SAL's executor. */
public class JdbcBackfillWriterTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final long GLX = RateCardKit.GLX_PROJECT.id();
    private static final int BATCH = 40;
    private static final int WORKLOGS = 130;

    private final List<RateCardKit> kits = new ArrayList<>();
    private final TreeMap<Long, WorklogRecord> jira = new TreeMap<>();

    public JdbcBackfillWriterTest() {
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
        Statements inserts = new Statements(sql -> sql.startsWith("INSERT INTO"));
        jdbc.useWriter(inserts);

        keepers.backfill();
        jdbc.backfill();

        assertTrue("the batches went the JDBC way", inserts.count.get() >= 2 * (WORKLOGS / BATCH));
        assertEquals(keepers.ledgerRows(), jdbc.ledgerRows());
        assertEquals(keepers.rollupRows(), jdbc.rollupRows());
        assertTrue("entries with a value and entries without", jdbc.ledgerRows().stream().anyMatch(entry -> entry.value() != null)
                && jdbc.ledgerRows().stream().anyMatch(entry -> entry.value() == null));
        jdbc.assertRollupsMatchTheLedger();
    }

    @Test
    public void failureAfterTheLedgerInsert_shouldLeaveNoEntryNoRollupAndTheOldPosition() {
        App app = new App();
        String rollupTable = app.kit.database.tableName(RollupEntity.class);
        JdbcBackfillWriter writer = app.writer(failing(sql -> sql.startsWith("INSERT INTO") && sql.contains(rollupTable)));
        LedgerJob job = app.jobs.startBackfill("admin");
        List<WorklogRecord> batch = List.copyOf(jira.headMap((long) BATCH, true).values());

        assertThrows(IllegalStateException.class, () -> writer.write(0, ids(batch), () -> app.keeper.priceNew(batch),
                result -> new BackfillWriter.Advance(job.id(), 0, BATCH, result.applied(), 0, BATCH, 1, RateCardKit.NOW)));

        assertEquals(0, app.ao().count(LedgerEntity.class, Query.select()));
        assertEquals(0, app.ao().count(RollupEntity.class, Query.select()));
        assertEquals(0, app.jobs.job(job.id()).position());
    }

    @Test
    public void batchMeetingAStoredWorklog_shouldBeLeftToTheLedgerKeeper() {
        App app = new App();
        app.keeper.handle(saved(7, ACME, "ana", "2026-03-08T09:00:00Z", 600, "2026-05-02T00:00:00Z"));
        JdbcBackfillWriter writer = app.writer(UnaryOperator.identity());
        LedgerJob job = app.jobs.startBackfill("admin");
        List<WorklogRecord> batch = List.copyOf(jira.headMap((long) BATCH, true).values());
        AtomicBoolean priced = new AtomicBoolean();

        BackfillWriter.Outcome outcome = writer.write(0, ids(batch), () -> {
            priced.set(true);
            return app.keeper.priceNew(batch);
        }, result -> new BackfillWriter.Advance(job.id(), 0, BATCH, result.applied(), 0, BATCH, 1, RateCardKit.NOW));

        assertEquals(BackfillWriter.Outcome.LEFT, outcome);
        assertEquals(false, priced.get());
        assertEquals(1, app.ao().count(LedgerEntity.class, Query.select()));
        assertEquals(0, app.jobs.job(job.id()).position());
    }

    @Test
    public void tablesNotInTheCatalogue_shouldLeaveEveryBatchToTheLedgerKeeperWithOneWarning() {
        App app = new App();
        List<String> warnings = new ArrayList<>();
        String otherNamespace = "com.example.other";
        app.useWriter(new JdbcBackfillWriter(new TestTransactionalExecutors(app.kit.database), otherNamespace, warnings::add));

        LedgerJob job = app.backfill();

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0), warnings.get(0).contains(AoTable.expectedName(otherNamespace, LedgerEntity.class))
                && warnings.get(0).contains(app.kit.database.tableName(LedgerEntity.class)));
        assertEquals(JobState.DONE, app.jobs.job(job.id()).state());
        assertEquals(WORKLOGS, app.jobs.job(job.id()).done());
        assertEquals(WORKLOGS, app.ao().count(LedgerEntity.class, Query.select()));
        app.assertRollupsMatchTheLedger();
    }

    @Test
    public void writePath_shouldBeJdbcWhenTheTablesAreInTheCatalogue() {
        App app = new App();

        BackfillWriter.WritePath path = new JdbcBackfillWriter(new TestTransactionalExecutors(app.kit.database), TestDatabase.NAMESPACE).writePath();

        assertEquals(BackfillWriter.WritePath.JDBC, path.mode());
    }

    @Test
    public void writePath_shouldBeActiveObjectsNamingTheMissingTableWhenTheCatalogueLacksIt() {
        App app = new App();
        String otherNamespace = "com.example.other";

        BackfillWriter.WritePath path = new JdbcBackfillWriter(new TestTransactionalExecutors(app.kit.database), otherNamespace, warning -> { })
                .writePath();

        assertEquals(BackfillWriter.WritePath.ACTIVE_OBJECTS, path.mode());
        assertTrue(path.reason(), path.reason().contains(AoTable.expectedName(otherNamespace, LedgerEntity.class)));
    }

    @Test
    public void worklogStoredByTheListenerWhileItsBatchIsWritten_shouldEndInTheLedgerOnce() {
        App app = new App();
        String ledgerTable = app.kit.database.tableName(LedgerEntity.class);
        AtomicBoolean stored = new AtomicBoolean();
        app.useWriter(connection -> before(connection, sql -> sql.startsWith("INSERT INTO") && sql.contains(ledgerTable), () -> {
            if (stored.compareAndSet(false, true)) {
                app.keeper.handle(saved(55, ACME, "ben", "2026-04-25T09:00:00Z", 1285, "2026-05-01T00:00:00Z"));
            }
        }));

        LedgerJob job = app.backfill();

        assertTrue(stored.get());
        assertEquals(JobState.DONE, app.jobs.job(job.id()).state());
        assertEquals(WORKLOGS, app.ao().count(LedgerEntity.class, Query.select()));
        assertEquals(1, app.ao().count(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + " = ?", 55L)));
        assertEquals(WORKLOGS, app.jobs.job(job.id()).done());
        assertEquals(0, app.retries.size());
        app.assertRollupsMatchTheLedger();
    }

    @Test
    public void ledgerTableAlsoInAnotherSchema_shouldBeWrittenInTheConnectionsOwn() throws Exception {
        App app = new App();
        String twin = "rc_twin_" + Long.toHexString(System.nanoTime());
        String twinTable = twin + "." + app.kit.database.quoteColumn(app.kit.database.tableName(LedgerEntity.class));
        try (Connection connection = app.kit.database.directConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + twin);
            statement.execute("CREATE TABLE " + twinTable + " AS SELECT * FROM " + app.kit.database.qualifiedTable(LedgerEntity.class) + " WHERE 1 = 0");
        }
        try {
            Statements inserts = new Statements(sql -> sql.startsWith("INSERT INTO"));
            app.useWriter(inserts);

            app.backfill();

            assertTrue("the batches went the JDBC way", inserts.count.get() >= 2 * (WORKLOGS / BATCH));
            assertEquals(WORKLOGS, app.ao().count(LedgerEntity.class, Query.select()));
            try (Connection connection = app.kit.database.directConnection(); java.sql.Statement statement = connection.createStatement();
                 java.sql.ResultSet twinRows = statement.executeQuery("SELECT COUNT(*) FROM " + twinTable)) {
                twinRows.next();
                assertEquals(0, twinRows.getLong(1));
            }
        } finally {
            try (Connection connection = app.kit.database.directConnection(); java.sql.Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + twin + " CASCADE");
            }
        }
    }

    @Test
    public void jobRowTheWriterCannotFindWhileTheJobRuns_shouldTurnTheWriterOffAndFinishThroughTheLedgerKeeper() {
        App app = new App();
        List<String> warnings = new ArrayList<>();
        UnaryOperator<Connection> elsewhere = connection -> (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object[] given = args;
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith("UPDATE")) {
                        given = args.clone();
                        given[0] = args[0] + " AND 1 = 0";
                    }
                    try {
                        return method.invoke(connection, given);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        JdbcBackfillWriter writer = new JdbcBackfillWriter(new TestTransactionalExecutors(app.kit.database, elsewhere), TestDatabase.NAMESPACE,
                warnings::add);
        app.useWriter(writer);

        LedgerJob job = app.backfill();

        assertEquals(JobState.DONE, app.jobs.job(job.id()).state());
        assertEquals(WORKLOGS, app.jobs.job(job.id()).done());
        assertEquals(WORKLOGS, app.ao().count(LedgerEntity.class, Query.select()));
        app.assertRollupsMatchTheLedger();
        assertEquals(1, warnings.size());
        assertEquals(BackfillWriter.WritePath.ACTIVE_OBJECTS, writer.writePath().mode());
    }

    @Test
    public void jobPausedBetweenReadingAndWritingABatch_shouldNotBeAdvanced() {
        App app = new App();
        app.useWriter(UnaryOperator.identity());
        LedgerJob job = app.jobs.startBackfill("admin");
        AtomicInteger reads = new AtomicInteger();
        app.source = new InMemory() {
            @Override
            public List<WorklogRecord> after(long worklogId, int limit) {
                if (reads.incrementAndGet() == 2) {
                    app.jobs.pause(job.id());
                }
                return super.after(worklogId, limit);
            }
        };

        app.worker().runPending(() -> false);

        LedgerJob paused = app.jobs.job(job.id());
        assertEquals(JobState.PAUSED, paused.state());
        assertEquals(BATCH, paused.position());
        assertEquals(BATCH, paused.done());
        assertEquals(BATCH, app.ao().count(LedgerEntity.class, Query.select()));
        app.assertRollupsMatchTheLedger();
    }

    private static List<Long> ids(List<WorklogRecord> batch) {
        return batch.stream().map(WorklogRecord::worklogId).toList();
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

    /** The ledger's part of the app on a database of its own, with the same rate card each time. */
    private final class App {
        final RateCardKit kit = new RateCardKit();
        final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
        final AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
        final AoJobStore jobStore = new AoJobStore(kit.database.activeObjects());
        final AoRetryQueue retries = new AoRetryQueue(kit.database.activeObjects());
        final JobService jobs = new JobService(jobStore, kit.transactions, JobTrigger.NONE, RateCardKit.CLOCK);
        final LedgerKeeper keeper;
        WorklogSource source = new InMemory();
        private BackfillWriter writer = BackfillWriter.NONE;

        App() {
            kits.add(kit);
            kit.accountService.create(account("ACME", "EUR"));
            kit.accountService.link("ACME", "ACME", true);
            kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
            kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
            WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                    BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
            keeper = new LedgerKeeper(ledger, rollups, pricer, kit.transactions, RateCardKit.CLOCK);
        }

        JdbcBackfillWriter writer(UnaryOperator<Connection> connections) {
            return new JdbcBackfillWriter(new TestTransactionalExecutors(kit.database, connections), TestDatabase.NAMESPACE);
        }

        void useWriter(UnaryOperator<Connection> connections) {
            writer = writer(connections);
        }

        void useWriter(BackfillWriter with) {
            writer = with;
        }

        JobWorker worker() {
            return new JobWorker(jobStore, ledger, rollups, keeper, source, retries, new WorklogIntake(List.of(keeper), retries,
                    RateCardKit.CLOCK), kit.transactions, RateCardKit.CLOCK, BATCH, writer);
        }

        LedgerJob backfill() {
            LedgerJob job = jobs.startBackfill("admin");
            worker().runPending(() -> false);
            return job;
        }

        io.github.ratecard.testing.ao.EntityManagerActiveObjects ao() {
            return kit.database.activeObjects();
        }

        List<io.github.ratecard.ledger.LedgerEntry> ledgerRows() {
            List<io.github.ratecard.ledger.LedgerEntry> rows = new ArrayList<>();
            for (LedgerEntity row : ao().find(LedgerEntity.class, Query.select().order(LedgerEntity.WORKLOG_ID))) {
                rows.add(LedgerRows.entry(row));
            }
            return rows;
        }

        /** Every rollup row but its id, with how often it occurs. */
        Map<List<Object>, Integer> rollupRows() {
            Map<List<Object>, Integer> rows = new HashMap<>();
            for (RollupEntity row : ao().find(RollupEntity.class, Query.select())) {
                rows.merge(java.util.Arrays.asList(row.getKind(), row.getProjectId(), row.getUserKey(), row.getAccountKey(), row.getCurrency(),
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
}

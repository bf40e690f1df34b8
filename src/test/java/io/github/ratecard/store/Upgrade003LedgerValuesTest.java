package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.jira.Upgrade002LedgerAuthorDays;
import io.github.ratecard.jira.Upgrade003LedgerValues;
import io.github.ratecard.jira.Upgrade004LedgerValueFill;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/**
 * Model versions 3 and 4 on a database version 2 wrote (its ledger and rollup tables as they were, rows without values), on a
 * new database, run twice and cut short; on H2, or on PostgreSQL with {@code -Dratecard.db=postgres}.
 */
public class Upgrade003LedgerValuesTest {

    private static final ModelVersion CURRENT = mock(ModelVersion.class);
    private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");
    private static final long ACME = 10;
    private static final long GLX = 11;
    private static final long GONE_RATE = 999_999;

    private final Version2 v2 = new Version2();
    private final TestDatabase database = v2.database;
    private final AoLedgerStore ledger = new AoLedgerStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void upgrade_shouldValueEveryEntryWithAStoredBillRateAtThatRateRoundedAsPricingRounds() {
        upgrade(database, new TestTransactionalExecutors(database));

        Map<Long, Long> values = new TreeMap<>();
        ledger.storedAll(List.of(1L, 2L, 3L, 4L, 5L, 6L, 8L)).forEach((worklog, stored) ->
                values.put(worklog, stored.entry().orElseThrow().value() == null ? null : stored.entry().orElseThrow().value().minorUnits()));
        Map<Long, Long> expected = new TreeMap<>();
        expected.put(1L, 700L);   // 420 s at 60.00
        expected.put(2L, 600L);   // 327 s at 66.00 = 5.995, half-up
        expected.put(3L, null);   // non-billable: no bill rate stored
        expected.put(4L, null);   // no account
        expected.put(5L, null);   // its rate is gone
        expected.put(6L, 6000L);  // invoiced
        expected.put(8L, null);   // its rate is in another currency than its bill
        assertEquals(expected, values);
    }

    @Test
    public void upgrade_shouldBringEveryRollupGroupToTheLedgersFigures() {
        upgrade(database, new TestTransactionalExecutors(database));

        assertEquals(v2.freshAggregate(), v2.rolledUp());
    }

    @Test
    public void fill_shouldCountWhatItValuedAndReportEachEntryItLeftWithoutAValue() {
        LedgerValueFill.Outcome outcome = v2.fill(2);

        assertEquals(3, outcome.valued());
        assertEquals("its rate gone, its rate in another currency", 2, outcome.withoutRate());
        assertEquals(0, outcome.unreadable());
        assertEquals(List.of("ledger row " + v2.rowId(5), "ledger row " + v2.rowId(8)), v2.failed);
        assertTrue(outcome.groupsCorrected() > 0);
    }

    @Test
    public void anEntryTheAppCannotRead_shouldStayWithoutAValueAndOutOfTheRollups_soLedgerAndRollupsAgree() {
        v2.addRetiredStatusEntry(9);

        LedgerValueFill.Outcome outcome = v2.fill(2);

        assertEquals(3, outcome.valued());
        assertEquals(1, outcome.unreadable());
        assertTrue(v2.failed.contains("ledger row " + v2.rowId(9)));
        assertNull(database.activeObjects().find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + " = ?", 9L))[0].getValueMinor());
        assertEquals(v2.freshAggregate(), v2.rolledUp());
        assertEquals("the ledger's values, every live row", v2.ledgerValues(), v2.rolledUpValues());
    }

    @Test
    public void aBatchTheDatabaseRefuses_shouldFailTheTask_andTheNextStartFinishesTheWork() {
        // version 4's transactions: six read what the fill needs, one values the entries, one reads the unreadable ones,
        // one lists the projects, one corrects each project's groups, one lists the accounts, one corrects the account's
        int transactions = transactionsOf(fixture -> new Upgrade004LedgerValueFill(fixture.executors).upgrade(CURRENT, fixture.db.activeObjects()));
        assertTrue(transactions >= 12);
        for (int refused = 1; refused <= transactions; refused++) {
            Version2 other = new Version2();
            try (TestDatabase closing = other.database) {
                int at = refused;
                new Upgrade003LedgerValues().upgrade(CURRENT, closing.activeObjects());
                assertThrows(Refused.class, () -> new Upgrade004LedgerValueFill(failingAt(at, closing, new Refused()))
                        .upgrade(CURRENT, closing.activeObjects()));

                new Upgrade004LedgerValueFill(new TestTransactionalExecutors(closing)).upgrade(CURRENT, closing.activeObjects());

                assertEquals("refused at transaction " + at, other.freshAggregate(), other.rolledUp());
                assertEquals(new LedgerValueFill.Outcome(0, 2, 0, 0), other.fillByJdbc(2));
            }
        }
    }

    @Test
    public void aBatchTheDatabaseRefuses_shouldFailTheTask_onTheActiveObjectsPathToo() {
        // the path's transactions: one values the five entries, one corrects each project's groups, one the account's
        for (int refused = 1; refused <= 4; refused++) {
            Version2 other = new Version2();
            try (TestDatabase closing = other.database) {
                int at = refused;
                other.migrateTables();
                assertThrows(Refused.class, () -> new LedgerValueFill(failingAt(at, closing.activeObjects(), new Refused()), 500)
                        .run(other.failures));

                upgrade(closing, new TestTransactionalExecutors(closing));

                assertEquals("refused at transaction " + at, other.freshAggregate(), other.rolledUp());
                assertEquals(new LedgerValueFill.Outcome(0, 2, 0, 0), other.fill(2));
            }
        }
    }

    @Test
    public void fillByJdbc_shouldCountAndReportAsTheActiveObjectsPathDoes() {
        LedgerValueFill.Outcome outcome = v2.fillByJdbc(2);

        assertEquals(new LedgerValueFill.Outcome(3, 2, 0, outcome.groupsCorrected()), outcome);
        assertEquals(List.of("ledger row " + v2.rowId(5), "ledger row " + v2.rowId(8)), v2.failed);
        assertTrue(outcome.groupsCorrected() > 0);
        assertEquals(v2.freshAggregate(), v2.rolledUp());
    }

    @Test
    public void fillByJdbc_anEntryTheAppCannotRead_shouldStayWithoutAValueAndOutOfTheRollups() {
        v2.addRetiredStatusEntry(9);

        LedgerValueFill.Outcome outcome = v2.fillByJdbc(3);

        assertEquals(3, outcome.valued());
        assertEquals(1, outcome.unreadable());
        assertTrue(v2.failed.contains("ledger row " + v2.rowId(9)));
        assertNull(database.activeObjects().find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + " = ?", 9L))[0].getValueMinor());
        assertEquals(v2.freshAggregate(), v2.rolledUp());
        assertEquals("the ledger's values, every live row", v2.ledgerValues(), v2.rolledUpValues());
    }

    @Test
    public void fillByJdbcCutShort_shouldBeFinishedByTheNextRun() {
        // windows of two ids: four value the entries, then the reads and one transaction per scope
        int transactions = transactionsOf(fixture -> new JdbcLedgerValueFill(fixture.executors, TestDatabase.NAMESPACE, 2).run(fixture.failures));
        assertTrue(transactions >= 15);
        for (int stopAt = 1; stopAt <= transactions; stopAt++) {
            Version2 other = new Version2();
            try (TestDatabase closing = other.database) {
                int stop = stopAt;
                other.migrateTables();
                assertThrows(NodeStopped.class, () -> new JdbcLedgerValueFill(failingAt(stop, closing, new NodeStopped()),
                        TestDatabase.NAMESPACE, 2).run(other.failures));

                other.fillByJdbc(2);

                assertEquals("stopped at transaction " + stop, other.freshAggregate(), other.rolledUp());
                assertEquals(new LedgerValueFill.Outcome(0, 2, 0, 0), other.fillByJdbc(2));
            }
        }
    }

    @Test
    public void fillByJdbc_whenATableIsNotAsExpected_shouldSayWhyAndWriteNothing() {
        v2.migrateTables();

        JdbcLedgerValueFill.Result result = new JdbcLedgerValueFill(new TestTransactionalExecutors(database), "another.namespace", 2)
                .run(v2.failures);

        assertTrue(result.outcome().isEmpty());
        assertTrue(result.notRun(), result.notRun().contains("RC_LEDGER"));
        assertEquals(0, database.activeObjects().count(LedgerEntity.class, Query.select().where(LedgerEntity.VALUE_MINOR + " IS NOT NULL")));
    }

    @Test(timeout = 120_000)
    public void upgradeRunAsJiraRunsIt_eachTaskInATransactionOfActiveObjects_shouldFinish() {
        ActiveObjects ao = database.activeObjects();
        TestTransactionalExecutors executors = new TestTransactionalExecutors(database);

        ao.executeInTransaction(() -> {
            new Upgrade003LedgerValues().upgrade(CURRENT, ao);
            return null;
        });
        ao.executeInTransaction(() -> {
            new Upgrade004LedgerValueFill(executors).upgrade(CURRENT, ao);
            return null;
        });

        assertEquals(v2.freshAggregate(), v2.rolledUp());
    }

    @Test
    public void upgradeRunTwice_shouldChangeNothing() {
        upgrade(database, new TestTransactionalExecutors(database));
        Map<Rollup.Key, Rollup> once = v2.rolledUp();
        int rows = v2.rollupRows();

        LedgerValueFill.Outcome again = v2.fill(2);

        assertEquals(new LedgerValueFill.Outcome(0, 2, 0, 0), again);
        assertEquals(rows, v2.rollupRows());
        assertEquals(once, v2.rolledUp());
    }

    @Test
    public void runCutShort_shouldBeFinishedByTheNextRun() {
        // two transactions value entries, five correct the nine groups (two per project, one for the account)
        for (int stopAt = 1; stopAt <= 7; stopAt += 2) {
            Version2 other = new Version2();
            try (TestDatabase closing = other.database) {
                int stop = stopAt;
                other.migrateTables();
                assertThrows(NodeStopped.class, () -> new LedgerValueFill(failingAt(stop, closing.activeObjects(), new NodeStopped()), 2)
                        .run(other.failures));

                other.fill(2);

                assertEquals("stopped at transaction " + stop, other.freshAggregate(), other.rolledUp());
                assertEquals(new LedgerValueFill.Outcome(0, 2, 0, 0), other.fill(2));
            }
        }
    }

    @Test
    public void aNewDatabase_shouldGetTheSameColumnsFromTheTasksAsFromTheEntities() throws SQLException {
        // one database after the other (see Upgrade002LedgerAuthorDaysTest)
        List<TreeSet<String>> ofTheEntities;
        try (TestDatabase migrated = TestDatabase.fresh().migrate(Entities.array())) {
            ofTheEntities = List.of(columns(migrated, LedgerEntity.class), columns(migrated, RollupEntity.class));
        }
        try (TestDatabase upgraded = TestDatabase.fresh()) {
            new Upgrade002LedgerAuthorDays().upgrade(CURRENT, upgraded.activeObjects());
            upgrade(upgraded, new TestTransactionalExecutors(upgraded));
            upgraded.migrate(Entities.array());

            assertEquals(ofTheEntities, List.of(columns(upgraded, LedgerEntity.class), columns(upgraded, RollupEntity.class)));
            assertTrue(columns(upgraded, LedgerEntity.class).contains(LedgerEntity.VALUE_MINOR));
        }
    }

    @Test
    public void aVersion2Database_shouldGetTheNewColumnsWithEveryRowKept() throws SQLException {
        int before = v2.rollupRows();
        assertFalse(columns(database, RollupEntity.class).contains(RollupEntity.VALUE_MINOR));

        upgrade(database, new TestTransactionalExecutors(database));

        assertTrue(columns(database, RollupEntity.class).containsAll(List.of(RollupEntity.BILLABLE_SECONDS, RollupEntity.VALUE_MINOR,
                RollupEntity.UNVALUED)));
        assertNotEquals(before, v2.rollupRows());
        assertEquals(8, database.activeObjects().count(LedgerEntity.class, Query.select()));
    }

    @Test
    public void getModelVersion_shouldBeThree_theOneAfterUpgrade002() {
        ModelVersion three = mock(ModelVersion.class);
        try (MockedVersions versions = new MockedVersions()) {
            versions.statics.when(() -> ModelVersion.valueOf("3")).thenReturn(three);

            assertSame(three, new Upgrade003LedgerValues().getModelVersion());
        }
        assertEquals(Integer.parseInt(Upgrade002LedgerAuthorDays.MODEL_VERSION) + 1, Integer.parseInt(Upgrade003LedgerValues.MODEL_VERSION));
    }

    @Test
    public void getModelVersion_shouldBeFour_theOneAfterUpgrade003() {
        ModelVersion four = mock(ModelVersion.class);
        try (MockedVersions versions = new MockedVersions()) {
            versions.statics.when(() -> ModelVersion.valueOf("4")).thenReturn(four);

            assertSame(four, new Upgrade004LedgerValueFill(null).getModelVersion());
        }
        assertEquals(Integer.parseInt(Upgrade003LedgerValues.MODEL_VERSION) + 1, Integer.parseInt(Upgrade004LedgerValueFill.MODEL_VERSION));
    }

    /** Model versions 3 and 4, as Jira runs them on a database of an earlier version. */
    static void upgrade(TestDatabase db, TransactionalExecutorFactory executors) {
        new Upgrade003LedgerValues().upgrade(CURRENT, db.activeObjects());
        new Upgrade004LedgerValueFill(executors).upgrade(CURRENT, db.activeObjects());
    }

    private static TreeSet<String> columns(TestDatabase db, Class<? extends net.java.ao.RawEntity<?>> entity) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        try (java.sql.Connection connection = db.directConnection()) {
            DatabaseMetaData catalogue = connection.getMetaData();
            try (ResultSet found = catalogue.getColumns(null, db.schema(), db.tableName(entity), null)) {
                while (found.next()) {
                    columns.add(found.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private static LedgerEntry entry(long worklogId, long project, boolean billable, String account, long worked, String bill, Long billRateId,
                                     boolean invoiced) {
        return new LedgerEntry(worklogId, 100 + worklogId, project, worklogId % 2 == 0 ? "ana" : "ben", AT, LocalDate.of(2026, 10, 5),
                worked, bill == null ? 0 : 900, billable, account, Money.parse("1.00", "EUR"), bill == null ? null : Money.parse(bill, "EUR"),
                null, 3L, billRateId, bill == null ? PricingStatus.NO_ACCOUNT : PricingStatus.PRICED, AT, AT, invoiced);
    }

    private static Rate billRate(String account, String amount, String currency, String from) {
        return new Rate(0, RateScope.account(account), HourlyRate.parse(amount, currency), EffectivePeriod.from(LocalDate.parse(from)));
    }

    /** A database as version 2 left it, with its rate card and its ledger, and the reads the tests compare. */
    private static final class Version2 {
        final TestDatabase database = TestDatabase.fresh().migrate(entitiesOfModel2());
        final List<String> failed = new ArrayList<>();
        final ItemFailures failures = (item, cause) -> failed.add(item);
        final long sixty;

        Version2() {
            AoRateStore rates = new AoRateStore(database.activeObjects());
            sixty = rates.insert(billRate("ACME", "60", "EUR", "2026-01-01"));
            long sixtySix = rates.insert(billRate("ACME", "66", "EUR", "2027-01-01"));
            long dollars = rates.insert(billRate("GLOBEX", "50", "USD", "2026-01-01"));
            write(List.of(
                    entry(1, ACME, true, "ACME", 420, "15.00", sixty, false),
                    entry(2, ACME, true, "ACME", 327, "16.50", sixtySix, false),
                    entry(3, ACME, false, "ACME", 3600, "0.00", null, false),
                    entry(4, GLX, false, null, 3600, null, null, false),
                    entry(5, ACME, true, "ACME", 1800, "30.00", GONE_RATE, false),
                    entry(6, ACME, true, "ACME", 3600, "60.00", sixty, true),
                    entry(8, GLX, true, "ACME", 900, "15.00", dollars, false)));
            new AoLedgerStore(database.activeObjects()).insertDeletionMarks(Map.of(7L, AT));
        }

        /** An entry of a pricing status the app no longer knows, as version 2 wrote it. */
        void addRetiredStatusEntry(long worklogId) {
            Map<String, Object> retired = new HashMap<>(LedgerRows.columns(entry(worklogId, ACME, true, "ACME", 600, "10.00", sixty, false), null));
            retired.put(LedgerEntity.STATUS, "RETIRED_STATUS");
            retired.values().removeIf(java.util.Objects::isNull);
            retired.remove(LedgerEntity.VALUE_MINOR);
            database.activeObjects().create(LedgerEntityModel2.class, retired);
        }

        /** Version 4's work by JDBC with windows of {@code window} ids: the tables migrated, then the fill. */
        LedgerValueFill.Outcome fillByJdbc(long window) {
            migrateTables();
            return new JdbcLedgerValueFill(new TestTransactionalExecutors(database), TestDatabase.NAMESPACE, window).run(failures).outcome()
                    .orElseThrow();
        }

        /** The Active Objects path with another batch size: its tables migrated, then the fill. */
        LedgerValueFill.Outcome fill(int batch) {
            migrateTables();
            return new LedgerValueFill(database.activeObjects(), batch).run(failures);
        }

        void migrateTables() {
            database.activeObjects().migrate(LedgerEntity.class, RollupEntity.class);
        }

        /** Ledger rows and rollup rows (one per entry and group, without the columns of version 3) as version 2 wrote them. */
        private void write(List<LedgerEntry> entries) {
            new AoLedgerStore(database.activeObjects()).insertAll(entries);
            for (LedgerEntry entry : entries) {
                for (Map<String, Object> row : AoRollupStore.rows(GeneratedLedger.contributionsBeforeModel9(entry, 1))) {
                    row.keySet().removeAll(List.of(RollupEntity.BILLABLE_SECONDS, RollupEntity.VALUE_MINOR, RollupEntity.UNVALUED));
                    row.values().removeIf(java.util.Objects::isNull);
                    database.activeObjects().create(RollupEntityModel2.class, row);
                }
            }
        }

        /**
         * The rollup groups (of the kinds before model version 9) as the live ledger's entries the app can read sum them now,
         * values included.
         */
        Map<Rollup.Key, Rollup> freshAggregate() {
            Map<Rollup.Key, Rollup> sums = new HashMap<>();
            for (LedgerEntity row : database.activeObjects().find(LedgerEntity.class, Query.select().where(LedgerRows.LIVE))) {
                LedgerEntry entry;
                try {
                    entry = LedgerRows.entry(row);
                } catch (IllegalArgumentException unreadable) {
                    continue;
                }
                GeneratedLedger.contributionsBeforeModel9(entry, 1).forEach(r -> sums.merge(r.key(), r, Rollup::plus));
            }
            sums.values().removeIf(Rollup::isEmpty);
            return sums;
        }

        /** Every group as the rollup store reads it. */
        Map<Rollup.Key, Rollup> rolledUp() {
            AoRollupStore store = new AoRollupStore(database.activeObjects());
            YearMonth from = YearMonth.of(2026, 1);
            YearMonth to = YearMonth.of(2027, 12);
            Map<Rollup.Key, Rollup> read = new HashMap<>();
            for (long project : new long[] {ACME, GLX}) {
                store.rollups(Rollup.Kind.PROJECT, project, null, from, to).forEach(r -> read.put(r.key(), r));
                store.rollups(Rollup.Kind.PROJECT_DAY, project, null, from, to).forEach(r -> read.put(r.key(), r));
            }
            store.rollups(Rollup.Kind.ACCOUNT, null, "ACME", from, to).forEach(r -> read.put(r.key(), r));
            store.rollups(Rollup.Kind.ACCOUNT_DAY, null, "ACME", from, to).forEach(r -> read.put(r.key(), r));
            return read;
        }

        /** The values of every live ledger row, read or not, per project. */
        Map<Long, Long> ledgerValues() {
            Map<Long, Long> values = new TreeMap<>();
            for (LedgerEntity row : database.activeObjects().find(LedgerEntity.class, Query.select().where(LedgerRows.LIVE))) {
                values.merge(row.getProjectId(), row.getValueMinor() == null ? 0 : row.getValueMinor(), Long::sum);
            }
            return values;
        }

        /** The values of the monthly project groups, per project. */
        Map<Long, Long> rolledUpValues() {
            Map<Long, Long> values = new TreeMap<>();
            rolledUp().values().stream().filter(r -> r.key().kind() == Rollup.Kind.PROJECT)
                    .forEach(r -> values.merge(r.key().projectId(), r.valueMinor(), Long::sum));
            return values;
        }

        int rollupRows() {
            return database.activeObjects().count(RollupEntity.class, Query.select());
        }

        long rowId(long worklogId) {
            return database.activeObjects().find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + " = ?", worklogId))[0].getId();
        }
    }

    /** The entities as model version 2 declared them: the ledger's and the rollups' tables as they were, every other entity unchanged. */
    @SuppressWarnings("unchecked")
    static Class<? extends net.java.ao.RawEntity<?>>[] entitiesOfModel2() {
        return Entities.ALL.stream().map(type -> type == LedgerEntity.class ? LedgerEntityModel2.class
                : type == RollupEntity.class ? RollupEntityModel2.class : type).toArray(Class[]::new);
    }

    /** Active Objects that throws at its {@code n}th transaction (before it begins). */
    private static ActiveObjects failingAt(int n, ActiveObjects real, Throwable failure) {
        AtomicInteger transactions = new AtomicInteger();
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("executeInTransaction") && transactions.incrementAndGet() == n) {
                        throw failure;
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** How many transactions of SAL's executor the work takes on a version-2 database with its columns of version 3. */
    private static int transactionsOf(java.util.function.Consumer<Counted> work) {
        Version2 other = new Version2();
        try (TestDatabase closing = other.database) {
            other.migrateTables();
            TestTransactionalExecutors real = new TestTransactionalExecutors(closing);
            AtomicInteger count = new AtomicInteger();
            TransactionalExecutorFactory counting = (readOnly, requiresNew) -> new TransactionalExecutor() {
                @Override
                public <A> A execute(ConnectionCallback<A> callback) {
                    count.incrementAndGet();
                    return real.createExecutor(readOnly, requiresNew).execute(callback);
                }
            };
            work.accept(new Counted(closing, counting, other.failures));
            return count.get();
        }
    }

    private record Counted(TestDatabase db, TransactionalExecutorFactory executors, ItemFailures failures) {
    }

    /** SAL's executor over the test database that throws at its {@code n}th transaction (before it begins). */
    private static TransactionalExecutorFactory failingAt(int n, TestDatabase db, Throwable failure) {
        TestTransactionalExecutors real = new TestTransactionalExecutors(db);
        AtomicInteger transactions = new AtomicInteger();
        return (readOnly, requiresNew) -> new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                if (transactions.incrementAndGet() == n) {
                    sneakyThrow(failure);
                }
                return real.createExecutor(readOnly, requiresNew).execute(callback);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable failure) throws E {
        throw (E) failure;
    }

    /** As a node going down: nothing runs on after it. */
    private static final class NodeStopped extends Error {
    }

    /** As a batch the database refuses. */
    private static final class Refused extends RuntimeException {
    }

    private static final class MockedVersions implements AutoCloseable {
        final org.mockito.MockedStatic<ModelVersion> statics = mockStatic(ModelVersion.class);

        @Override
        public void close() {
            statics.close();
        }
    }
}

package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.jira.Upgrade001LedgerIndexes;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.After;
import org.junit.Test;
import org.mockito.MockedStatic;

/**
 * Model version 1 on a database the previous version created (the entities of model version 0, ledger rows
 * written by the ledger store), on a new database, and run twice; on H2, or on PostgreSQL with
 * {@code -Dratecard.db=postgres}. Indexes are read from the database's catalogue.
 */
public class Upgrade001LedgerIndexesTest {

    private static final String PLAIN_WORKLOG_ID = "index (WORKLOG_ID)";
    private static final String PLAIN_PROJECT_ID = "index (PROJECT_ID)";
    private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");
    /** What Jira passes as the model version in the database; the task does not read it. */
    private static final ModelVersion CURRENT = mock(ModelVersion.class);

    private final TestDatabase database = TestDatabase.fresh().migrate(entitiesOfModel0());
    private final AoLedgerStore ledger = new AoLedgerStore(database.activeObjects());
    private final Upgrade001LedgerIndexes target = new Upgrade001LedgerIndexes();

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void upgrade_shouldDropThePlainIndexesOnWorklogIdAndProjectId() throws SQLException {
        assertTrue("the previous version's table", shapes(database).containsAll(List.of(PLAIN_WORKLOG_ID, PLAIN_PROJECT_ID)));

        target.upgrade(CURRENT, database.activeObjects());

        List<String> after = shapes(database);
        assertFalse(after.toString(), after.contains(PLAIN_WORKLOG_ID));
        assertFalse(after.toString(), after.contains(PLAIN_PROJECT_ID));
    }

    @Test
    public void upgrade_shouldKeepEveryOtherIndexAndAddTheStatusIndex() throws SQLException {
        List<String> expected = new ArrayList<>(shapes(database));
        expected.removeAll(List.of(PLAIN_WORKLOG_ID, PLAIN_PROJECT_ID));
        expected.add("index (STATUS)");
        java.util.Collections.sort(expected);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(expected, shapes(database));
        assertTrue(expected.containsAll(List.of("unique (ID)", "unique (WORKLOG_ID)", "index (ISSUE_ID)", "index (PROJECT_ID, WORK_DAY)",
                "index (ACCOUNT_KEY, WORK_DAY)")));
    }

    @Test
    public void upgrade_shouldKeepEveryEntry() {
        List<LedgerEntry> written = LongStream.rangeClosed(1, 1_200).mapToObj(Upgrade001LedgerIndexesTest::entry).toList();
        ledger.insertAll(written);

        target.upgrade(CURRENT, database.activeObjects());
        migrateTheLaterModels();

        assertEquals(written, entries(1_200));
    }

    @Test
    public void afterTheUpgrade_theLedgerShouldBeReadAndWrittenAsBefore() {
        ledger.insertAll(LongStream.rangeClosed(1, 10).mapToObj(Upgrade001LedgerIndexesTest::entry).toList());

        target.upgrade(CURRENT, database.activeObjects());
        migrateTheLaterModels();
        ledger.insertAll(List.of(entry(11)));

        assertEquals(entry(11), ledger.stored(11).orElseThrow().entry().orElseThrow());
        assertEquals(2, ledger.countAffected(AffectedWork.ofProject("test", 12)));
        assertEquals(List.of(entry(2)), ledger.affectedEntries(AffectedWork.ofProject("test", 12), 0, 1));
        assertThrows("a second entry of one worklog", RuntimeException.class, () -> ledger.insertAll(List.of(entry(3))));
    }

    @Test
    public void upgradeRunTwice_shouldChangeNothing() throws SQLException {
        ledger.insertAll(LongStream.rangeClosed(1, 10).mapToObj(Upgrade001LedgerIndexesTest::entry).toList());
        target.upgrade(CURRENT, database.activeObjects());
        Map<String, String> once = namedShapes(database);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(once, namedShapes(database));
        migrateTheLaterModels();
        assertEquals(10, entries(10).size());
    }

    @Test
    public void aNewDatabase_shouldReachTheSameIndexes() throws SQLException {
        // one database after the other: Active Objects 3.2.11 reads a table's columns from the catalogue of every schema, and on
        // PostgreSQL each test database is a schema of one database, so a table lacking a column another live one has fails to migrate
        List<String> ofANewDatabase;
        try (TestDatabase fresh = TestDatabase.fresh()) {
            target.upgrade(CURRENT, fresh.activeObjects());
            fresh.migrate(Entities.array());
            ofANewDatabase = shapes(fresh);
        }

        target.upgrade(CURRENT, database.activeObjects());
        database.migrate(Entities.array());

        assertEquals(shapes(database), ofANewDatabase);
    }

    @Test
    public void migratingTheEntitiesOfModel1WithoutTheTask_shouldReachTheSameIndexesAsTheTask() throws SQLException {
        try (TestDatabase upgraded = TestDatabase.fresh().migrate(entitiesOfModel0())) {
            target.upgrade(CURRENT, upgraded.activeObjects());

            database.migrate(Upgrade002LedgerAuthorDaysTest.entitiesOfModel1());

            assertEquals(shapes(upgraded), shapes(database));
        }
    }

    @Test
    public void getModelVersion_shouldBeOne_theModuleHavingNoEarlierTask() {
        ModelVersion one = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("1")).thenReturn(one);

            assertSame(one, target.getModelVersion());
        }
    }

    /** The entities as model version 0 declared them: LedgerEntity's table as it was, every other entity unchanged. */
    @SuppressWarnings("unchecked")
    static Class<? extends net.java.ao.RawEntity<?>>[] entitiesOfModel0() {
        return Entities.ALL.stream().map(type -> type == LedgerEntity.class ? LedgerEntityModel0.class : type).toArray(Class[]::new);
    }

    /** The ledger's columns of the later model versions, which the store reads, added as Jira adds them after the last task. */
    private void migrateTheLaterModels() {
        database.migrate(Entities.array());
    }

    private Map<Long, LedgerEntry> entriesById(long upTo) {
        return ledger.storedAll(LongStream.rangeClosed(1, upTo).boxed().toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().entry().orElseThrow(), (a, b) -> a, TreeMap::new));
    }

    private List<LedgerEntry> entries(long upTo) {
        return new ArrayList<>(entriesById(upTo).values());
    }

    /** The ledger table's indexes as "unique (A, B)" or "index (A, B)", sorted; a duplicate index shows twice. */
    static List<String> shapes(TestDatabase db) throws SQLException {
        return namedShapes(db).values().stream().sorted().toList();
    }

    /** The ledger table's indexes by name, as the catalogue lists them. */
    static Map<String, String> namedShapes(TestDatabase db) throws SQLException {
        Map<String, Boolean> unique = new TreeMap<>();
        Map<String, TreeMap<Short, String>> columns = new TreeMap<>();
        try (Connection connection = db.connection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, db.schema(), db.tableName(LedgerEntity.class), false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name != null && rows.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
                    unique.put(name, !rows.getBoolean("NON_UNIQUE"));
                    columns.computeIfAbsent(name, key -> new TreeMap<>()).put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME"));
                }
            }
        }
        Map<String, String> shapes = new TreeMap<>();
        columns.forEach((name, byPosition) -> shapes.put(name,
                (unique.get(name) ? "unique (" : "index (") + String.join(", ", byPosition.values()) + ")"));
        return shapes;
    }

    static LedgerEntry entry(long worklogId) {
        Money cost = Money.ofMinor(4_000 + worklogId, Currency.getInstance("EUR"));
        Money bill = worklogId % 2 == 0 ? null : Money.ofMinor(9_000, Currency.getInstance("USD"));
        return new LedgerEntry(worklogId, 100 + worklogId, 10 + worklogId % 7, "ana", AT, LocalDate.of(2026, 10, 5), 3600, 3_900,
                worklogId % 3 != 0, worklogId % 2 == 0 ? null : "ACME", cost, bill, null, 3L, bill == null ? null : 8L,
                bill == null ? PricingStatus.MISSING_BILL_RATE : PricingStatus.PRICED, AT, AT.plusSeconds(worklogId), false);
    }
}

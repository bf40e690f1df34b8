package io.github.ratecard.store;

import static io.github.ratecard.store.Upgrade001LedgerIndexesTest.entry;
import static io.github.ratecard.store.Upgrade001LedgerIndexesTest.namedShapes;
import static io.github.ratecard.store.Upgrade001LedgerIndexesTest.shapes;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.jira.Upgrade001LedgerIndexes;
import io.github.ratecard.jira.Upgrade002LedgerAuthorDays;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.After;
import org.junit.Test;
import org.mockito.MockedStatic;

/**
 * Model version 2 on a database the previous version created (the entities of model version 1, ledger rows
 * written by the ledger store), on a new database, and run twice; on H2, or on PostgreSQL with
 * {@code -Dratecard.db=postgres}. Indexes are read from the database's catalogue.
 */
public class Upgrade002LedgerAuthorDaysTest {

    private static final String AUTHOR_DAY = "index (AUTHOR_KEY, WORK_DAY)";
    /** What Jira passes as the model version in the database; the task does not read it. */
    private static final ModelVersion CURRENT = mock(ModelVersion.class);

    private final TestDatabase database = TestDatabase.fresh().migrate(entitiesOfModel1());
    private final AoLedgerStore ledger = new AoLedgerStore(database.activeObjects());
    private final Upgrade002LedgerAuthorDays target = new Upgrade002LedgerAuthorDays();

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void upgrade_shouldAddTheAuthorDayIndexAndKeepEveryOther() throws SQLException {
        List<String> before = shapes(database);
        assertFalse(before.toString(), before.contains(AUTHOR_DAY));
        List<String> expected = new ArrayList<>(before);
        expected.add(AUTHOR_DAY);
        Collections.sort(expected);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(expected, shapes(database));
    }

    @Test
    public void upgrade_shouldKeepEveryEntry() {
        List<LedgerEntry> written = LongStream.rangeClosed(1, 1_200).mapToObj(Upgrade001LedgerIndexesTest::entry).toList();
        ledger.insertAll(written);

        target.upgrade(CURRENT, database.activeObjects());
        database.migrate(Entities.array());

        assertEquals(written, new ArrayList<>(ledger.storedAll(LongStream.rangeClosed(1, 1_200).boxed().toList()).values().stream()
                .map(stored -> stored.entry().orElseThrow()).sorted(java.util.Comparator.comparingLong(LedgerEntry::worklogId)).toList()));
    }

    @Test
    public void afterTheUpgrade_aTimesheetShouldReadItsAuthorsWorkAsBefore() {
        ledger.insertAll(LongStream.rangeClosed(1, 10).mapToObj(Upgrade001LedgerIndexesTest::entry).toList());
        AoTimesheetWork work = new AoTimesheetWork(database.activeObjects());
        DateRange week = new DateRange(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 11));
        var before = work.projectsOf("ana", week);

        target.upgrade(CURRENT, database.activeObjects());
        ledger.insertAll(List.of(entry(11)));

        assertEquals(7, before.size());
        assertEquals(before, work.projectsOf("ana", week));
    }

    @Test
    public void upgradeRunTwice_shouldChangeNothing() throws SQLException {
        ledger.insertAll(LongStream.rangeClosed(1, 10).mapToObj(Upgrade001LedgerIndexesTest::entry).toList());
        target.upgrade(CURRENT, database.activeObjects());
        Map<String, String> once = namedShapes(database);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(once, namedShapes(database));
        database.migrate(Entities.array());
        assertEquals(10, ledger.storedAll(LongStream.rangeClosed(1, 10).boxed().toList()).size());
    }

    @Test
    public void aNewDatabase_shouldReachTheSameIndexesThroughBothTasks() throws SQLException {
        // one database after the other: Active Objects 3.2.11 reads a table's columns from the catalogue of every schema, and on
        // PostgreSQL each test database is a schema of one database, so a table lacking a column another live one has fails to migrate
        List<String> ofANewDatabase;
        try (TestDatabase fresh = TestDatabase.fresh()) {
            new Upgrade001LedgerIndexes().upgrade(CURRENT, fresh.activeObjects());
            target.upgrade(CURRENT, fresh.activeObjects());
            fresh.migrate(Entities.array());
            ofANewDatabase = shapes(fresh);
        }

        target.upgrade(CURRENT, database.activeObjects());
        database.migrate(Entities.array());

        assertEquals(shapes(database), ofANewDatabase);
    }

    @Test
    public void aDatabaseOfModel0_shouldReachTheEntitiesIndexesThroughBothTasks() throws SQLException {
        List<String> ofTheEntities;
        try (TestDatabase migrated = TestDatabase.fresh().migrate(Entities.array())) {
            ofTheEntities = shapes(migrated);
        }
        try (TestDatabase upgraded = TestDatabase.fresh().migrate(Upgrade001LedgerIndexesTest.entitiesOfModel0())) {
            new Upgrade001LedgerIndexes().upgrade(CURRENT, upgraded.activeObjects());
            target.upgrade(CURRENT, upgraded.activeObjects());

            assertEquals(ofTheEntities, shapes(upgraded));
            assertTrue(shapes(upgraded).contains(AUTHOR_DAY));
        }
    }

    @Test
    public void getModelVersion_shouldBeTwo_theOneAfterUpgrade001() {
        ModelVersion two = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("2")).thenReturn(two);

            assertSame(two, target.getModelVersion());
        }
        assertEquals(Integer.parseInt(Upgrade001LedgerIndexes.MODEL_VERSION) + 1, Integer.parseInt(Upgrade002LedgerAuthorDays.MODEL_VERSION));
    }

    /** The entities as model version 1 declared them: LedgerEntity's table as it was, every other entity unchanged. */
    @SuppressWarnings("unchecked")
    static Class<? extends net.java.ao.RawEntity<?>>[] entitiesOfModel1() {
        return Entities.ALL.stream().map(type -> type == LedgerEntity.class ? LedgerEntityModel1.class : type).toArray(Class[]::new);
    }
}

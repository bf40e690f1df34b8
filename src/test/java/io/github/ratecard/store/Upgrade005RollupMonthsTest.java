package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.jira.Upgrade001LedgerIndexes;
import io.github.ratecard.jira.Upgrade002LedgerAuthorDays;
import io.github.ratecard.jira.Upgrade003LedgerValues;
import io.github.ratecard.jira.Upgrade005RollupMonths;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.After;
import org.junit.Test;
import org.mockito.MockedStatic;

/**
 * Model version 5 on a database the previous version created (the entities of model version 3, rollup rows written by the
 * rollup store), on a new database, and run twice; on H2, or on PostgreSQL with {@code -Dratecard.db=postgres}. Indexes
 * are read from the database's catalogue.
 */
public class Upgrade005RollupMonthsTest {

    private static final String KIND_MONTH = "index (KIND, PERIOD_MONTH)";
    private static final ModelVersion CURRENT = mock(ModelVersion.class);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private final TestDatabase database = TestDatabase.fresh().migrate(entitiesOfModel3());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final Upgrade005RollupMonths target = new Upgrade005RollupMonths();
    private boolean closed;

    @After
    public void tearDown() {
        if (!closed) {
            database.close();
        }
    }

    @Test
    public void upgrade_shouldIndexKindAndMonthTogetherInPlaceOfEachAlone() throws SQLException {
        List<String> before = shapes(database);
        assertTrue(before.toString(), before.containsAll(List.of("index (KIND)", "index (PERIOD_MONTH)")));
        List<String> expected = new ArrayList<>(before);
        expected.removeAll(List.of("index (KIND)", "index (PERIOD_MONTH)"));
        expected.add(KIND_MONTH);
        Collections.sort(expected);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(expected, shapes(database));
        assertTrue(expected.containsAll(List.of("index (PROJECT_ID)", "index (ACCOUNT_KEY)")));
    }

    @Test
    public void upgrade_shouldKeepEveryRollup() {
        for (int i = 0; i < 300; i++) {
            rollups.addToRollups(List.of(project(i % 7, "u" + i % 11, i % 2 == 0 ? OCT : NOV, 60L * (i + 1))));
        }
        List<Rollup> before = rollups.monthly(Rollup.Kind.PROJECT, OCT, NOV);

        target.upgrade(CURRENT, database.activeObjects());
        database.migrate(Entities.array());

        assertEquals(154, before.size());
        assertEquals(before, rollups.monthly(Rollup.Kind.PROJECT, OCT, NOV));
    }

    @Test
    public void upgradeRunTwice_shouldChangeNothing() throws SQLException {
        rollups.addToRollups(List.of(project(1, "ana", OCT, 3600)));
        target.upgrade(CURRENT, database.activeObjects());
        Map<String, String> once = namedShapes(database);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(once, namedShapes(database));
        database.migrate(Entities.array());
        assertEquals(1, rollups.monthly(Rollup.Kind.PROJECT, OCT, OCT).size());
    }

    @Test
    public void aNewDatabase_shouldReachModel5sIndexesThroughEveryTaskUpToIt() throws SQLException {
        // one database after the other, this test's own closed first (see Upgrade002LedgerAuthorDaysTest: on PostgreSQL each test
        // database is a schema of one database, and the earlier models' tables lack columns the live ones have)
        List<String> ofTheEntities;
        try (TestDatabase migrated = TestDatabase.fresh().migrate(entitiesOfModel5())) {
            ofTheEntities = shapes(migrated);
        }
        database.close();
        closed = true;
        try (TestDatabase fresh = TestDatabase.fresh()) {
            new Upgrade001LedgerIndexes().upgrade(CURRENT, fresh.activeObjects());
            new Upgrade002LedgerAuthorDays().upgrade(CURRENT, fresh.activeObjects());
            new Upgrade003LedgerValues().upgrade(CURRENT, fresh.activeObjects());
            // version 4 values the ledger's rows and changes no table's shape
            target.upgrade(CURRENT, fresh.activeObjects());

            assertEquals(ofTheEntities, shapes(fresh));
            fresh.migrate(entitiesOfModel5());
            assertEquals(ofTheEntities, shapes(fresh));
            assertTrue(ofTheEntities.contains(KIND_MONTH));
            assertFalse(ofTheEntities.contains("index (PERIOD_MONTH)"));
        }
    }

    @Test
    public void getModelVersion_shouldBeFive_theOneAfterUpgrade004() {
        ModelVersion five = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("5")).thenReturn(five);

            assertSame(five, target.getModelVersion());
        }
        assertEquals(Integer.parseInt(io.github.ratecard.jira.Upgrade004LedgerValueFill.MODEL_VERSION) + 1,
                Integer.parseInt(Upgrade005RollupMonths.MODEL_VERSION));
    }

    private static Rollup project(long projectId, String user, YearMonth month, long seconds) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, projectId, user, "ACME", "EUR", month), seconds, seconds, seconds, 2 * seconds, 1,
                0, seconds, 2 * seconds, 0);
    }

    /** The entities as model version 3 declared them: RollupEntity's table as it was, every other entity unchanged. */
    @SuppressWarnings("unchecked")
    static Class<? extends net.java.ao.RawEntity<?>>[] entitiesOfModel3() {
        return Entities.ALL.stream().map(type -> type == RollupEntity.class ? RollupEntityModel3.class : type).toArray(Class[]::new);
    }

    /** The entities as model version 5 declared them (model version 8 changed the rollups' index again). */
    @SuppressWarnings("unchecked")
    static Class<? extends net.java.ao.RawEntity<?>>[] entitiesOfModel5() {
        return Entities.ALL.stream().map(type -> type == RollupEntity.class ? RollupEntityModel5.class : type).toArray(Class[]::new);
    }

    static List<String> shapes(TestDatabase db) throws SQLException {
        return namedShapes(db).values().stream().sorted().toList();
    }

    /** The rollup table's indexes by name, as the catalogue lists them. */
    static Map<String, String> namedShapes(TestDatabase db) throws SQLException {
        Map<String, Boolean> unique = new TreeMap<>();
        Map<String, TreeMap<Short, String>> columns = new TreeMap<>();
        try (Connection connection = db.connection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, db.schema(), db.tableName(RollupEntity.class), false, false)) {
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
}

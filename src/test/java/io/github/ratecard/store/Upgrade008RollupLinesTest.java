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
import io.github.ratecard.jira.Upgrade007InvoiceLineVat;
import io.github.ratecard.jira.Upgrade008RollupLines;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;
import org.mockito.MockedStatic;

/**
 * Model version 8 on a database model version 5 made (rollup rows written by the rollup store), on a new database, and run
 * twice; on H2, or on PostgreSQL with {@code -Dratecard.db=postgres}. Indexes are read from the database's catalogue.
 */
public class Upgrade008RollupLinesTest {

    private static final String KIND_MONTH = "index (KIND, PERIOD_MONTH)";
    private static final String MONTH_LINES = "index (KIND, PERIOD_MONTH, PROJECT_ID, USER_KEY)";
    private static final ModelVersion CURRENT = mock(ModelVersion.class);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private final TestDatabase database = TestDatabase.fresh().migrate(Upgrade005RollupMonthsTest.entitiesOfModel5());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final Upgrade008RollupLines target = new Upgrade008RollupLines();
    private boolean closed;

    @After
    public void tearDown() {
        if (!closed) {
            database.close();
        }
    }

    @Test
    public void upgrade_shouldIndexTheLinesKeysAfterKindAndMonthInPlaceOfKindAndMonthAlone() throws SQLException {
        List<String> before = Upgrade005RollupMonthsTest.shapes(database);
        assertTrue(before.toString(), before.contains(KIND_MONTH));
        List<String> expected = new ArrayList<>(before);
        expected.remove(KIND_MONTH);
        expected.add(MONTH_LINES);
        Collections.sort(expected);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(expected, Upgrade005RollupMonthsTest.shapes(database));
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
        Map<String, String> once = Upgrade005RollupMonthsTest.namedShapes(database);

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(once, Upgrade005RollupMonthsTest.namedShapes(database));
        database.migrate(Entities.array());
        assertEquals(1, rollups.monthly(Rollup.Kind.PROJECT, OCT, OCT).size());
    }

    @Test
    public void aNewDatabase_shouldReachTheEntitiesIndexesThroughEveryTask() throws SQLException {
        // one database after the other, this test's own closed first (see Upgrade005RollupMonthsTest)
        List<String> ofTheEntities;
        try (TestDatabase migrated = TestDatabase.fresh().migrate(Entities.array())) {
            ofTheEntities = Upgrade005RollupMonthsTest.shapes(migrated);
        }
        database.close();
        closed = true;
        try (TestDatabase fresh = TestDatabase.fresh()) {
            new Upgrade001LedgerIndexes().upgrade(CURRENT, fresh.activeObjects());
            new Upgrade002LedgerAuthorDays().upgrade(CURRENT, fresh.activeObjects());
            new Upgrade003LedgerValues().upgrade(CURRENT, fresh.activeObjects());
            // version 4 values the ledger's rows and changes no table's shape
            new Upgrade005RollupMonths().upgrade(CURRENT, fresh.activeObjects());
            new Upgrade007InvoiceLineVat().upgrade(CURRENT, fresh.activeObjects());
            target.upgrade(CURRENT, fresh.activeObjects());

            assertEquals(ofTheEntities, Upgrade005RollupMonthsTest.shapes(fresh));
            fresh.migrate(Entities.array());
            assertEquals(ofTheEntities, Upgrade005RollupMonthsTest.shapes(fresh));
            assertTrue(ofTheEntities.contains(MONTH_LINES));
            assertFalse(ofTheEntities.contains(KIND_MONTH));
        }
    }

    @Test
    public void getModelVersion_shouldBeEight_theOneAfterUpgrade007() {
        ModelVersion eight = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("8")).thenReturn(eight);

            assertSame(eight, target.getModelVersion());
        }
        assertEquals(Integer.parseInt(Upgrade007InvoiceLineVat.MODEL_VERSION) + 1, Integer.parseInt(Upgrade008RollupLines.MODEL_VERSION));
    }

    private static Rollup project(long projectId, String user, YearMonth month, long seconds) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, projectId, user, "ACME", "EUR", month), seconds, seconds, seconds, 2 * seconds, 1,
                0, seconds, 2 * seconds, 0);
    }
}

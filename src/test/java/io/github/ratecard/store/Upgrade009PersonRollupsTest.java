package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.jira.Upgrade008RollupLines;
import io.github.ratecard.jira.Upgrade009PersonRollups;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;
import org.mockito.MockedStatic;

/**
 * Model version 9 on a ledger model version 8 wrote (rollup rows of every kind but PERSON, written by the rollup store, some
 * groups folded and some not; version 9 leaves the table's shape as version 8 made it), run twice, on an empty table, on a
 * new database, and refused by the database halfway; on H2, or on PostgreSQL with {@code -Dratecard.db=postgres}.
 */
public class Upgrade009PersonRollupsTest {

    private static final ModelVersion CURRENT = mock(ModelVersion.class);
    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final Upgrade009PersonRollups target = new Upgrade009PersonRollups();

    private boolean closed;

    @After
    public void tearDown() {
        if (!closed) {
            database.close();
        }
    }

    @Test
    public void upgrade_shouldGiveEachPersonMonthAndCurrencyTheSumsOfItsProjectRows() {
        writeLedgerOfModel8(400);
        Map<Rollup.Key, Rollup> expected = peopleOfProjectRows();
        int otherRows = rows() - rows("PERSON");

        database.activeObjects().executeInTransaction(() -> {
            target.upgrade(CURRENT, database.activeObjects());
            return null;
        });

        assertEquals(expected, personRows());
        assertEquals("one row per group", expected.size(), rows("PERSON"));
        assertEquals(otherRows, rows() - rows("PERSON"));
        assertTrue(expected.size() > 40);
        assertTrue("several currencies of a person's month", expected.keySet().stream().map(key -> List.of(key.userKey(), key.month()))
                .distinct().count() < expected.size());
    }

    @Test
    public void upgradeRunTwice_shouldWriteTheSameRows() {
        writeLedgerOfModel8(300);
        target.upgrade(CURRENT, database.activeObjects());
        Map<Rollup.Key, Rollup> once = personRows();
        int rowsOnce = rows();

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(once, personRows());
        assertEquals(rowsOnce, rows());
        assertEquals(peopleOfProjectRows(), personRows());
    }

    @Test
    public void upgrade_shouldReplacePersonRowsThatWereThereBefore() {
        writeLedgerOfModel8(100);
        rollups.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, "u1", null, "EUR", SEP), 60, 60, 1, 1, 1, 0, 60, 1, 0)));
        rollups.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, "nobody", null, "EUR", SEP), 60, 60, 1, 1, 1, 0, 60, 1,
                0)));

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(peopleOfProjectRows(), personRows());
    }

    @Test
    public void aGroupWhoseProjectRowsCancelOut_shouldGetNoPersonRow() {
        Rollup.Key ana = new Rollup.Key(Rollup.Kind.PROJECT, 1L, "ana", "ACME", "EUR", SEP);
        Rollup.Key anaOther = new Rollup.Key(Rollup.Kind.PROJECT, 2L, "ana", "GLX", "EUR", SEP);
        rollups.addToRollups(List.of(new Rollup(ana, 600, 600, 10, 20, 1, 0, 600, 20, 0)));
        rollups.addToRollups(List.of(new Rollup(anaOther, -600, -600, -10, -20, -1, 0, -600, -20, 0)));
        rollups.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, 1L, "ben", "ACME", null, SEP), 60, 0, 1, 0, 1, 1, 0, 0, 1)));

        target.upgrade(CURRENT, database.activeObjects());

        Rollup.Key ben = new Rollup.Key(Rollup.Kind.PERSON, null, "ben", null, null, SEP);
        assertEquals(Map.of(ben, new Rollup(ben, 60, 0, 1, 0, 1, 1, 0, 0, 1)), personRows());
        assertEquals(1, rows("PERSON"));
    }

    @Test
    public void anEmptyTable_shouldGetNothing() {
        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(0, rows());
    }

    @Test
    public void aRunTheDatabaseRefusesHalfway_shouldLeaveTheTableAsItWas_andTheNextRunFinishIt() {
        writeLedgerOfModel8(400);
        Rollup stale = new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, "u1", null, "EUR", SEP), 60, 60, 1, 1, 1, 0, 60, 1, 0);
        rollups.addToRollups(List.of(stale));
        Map<Rollup.Key, Rollup> before = personRows();
        int rowsBefore = rows();

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> new PersonRollupFill(refusingTheSecondCreate(database.activeObjects()), 5).run());

        assertEquals("refused", refused.getMessage());
        assertEquals(before, personRows());
        assertEquals(rowsBefore, rows());
        target.upgrade(CURRENT, database.activeObjects());
        assertEquals(peopleOfProjectRows(), personRows());
    }

    @Test
    public void theLedgersNewRowsAfterTheUpgrade_shouldAddToThePersonRowsItWrote() {
        writeLedgerOfModel8(200);
        target.upgrade(CURRENT, database.activeObjects());
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            rollups.addToRollups(Rollup.contributionsOf(GeneratedLedger.entry(random, 1000 + i), 1));
        }

        assertEquals(peopleOfProjectRows(), personRows());
        rollups.compactRollups();
        assertEquals(peopleOfProjectRows(), personRows());
    }

    @Test
    public void aNewDatabase_shouldGetTheRollupTableOfTheEntitiesAndNothingInIt() throws SQLException {
        // one database after the other, this test's own closed first (see Upgrade005RollupMonthsTest)
        List<String> ofTheEntities = Upgrade005RollupMonthsTest.shapes(database);
        database.close();
        closed = true;
        try (TestDatabase fresh = TestDatabase.fresh()) {
            target.upgrade(CURRENT, fresh.activeObjects());

            assertEquals(ofTheEntities, Upgrade005RollupMonthsTest.shapes(fresh));
            assertEquals(0, fresh.activeObjects().count(RollupEntity.class, Query.select()));
        }
    }

    @Test
    public void getModelVersion_shouldBeNine_theOneAfterUpgrade008() {
        ModelVersion nine = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("9")).thenReturn(nine);

            assertSame(nine, target.getModelVersion());
        }
        assertEquals(Integer.parseInt(Upgrade008RollupLines.MODEL_VERSION) + 1, Integer.parseInt(Upgrade009PersonRollups.MODEL_VERSION));
    }

    /**
     * The rollups version 8 wrote for a ledger of {@code entries} entries of 12 people on 5 projects and 3 accounts (or none),
     * billed in EUR or USD or not priced, over four months: every kind but PERSON, each entry's own rows, then every third
     * entry taken out again, with a fold in between so that some groups are one row and others several.
     */
    private void writeLedgerOfModel8(int entries) {
        Random random = new Random(42);
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            ledger.add(GeneratedLedger.entry(random, i));
            rollups.addToRollups(GeneratedLedger.contributionsBeforeModel9(ledger.get(i), 1));
            if (i == entries / 2) {
                rollups.compactRollups();
            }
        }
        for (int i = 0; i < entries; i += 3) {
            rollups.addToRollups(GeneratedLedger.contributionsBeforeModel9(ledger.get(i), -1));
        }
        assertEquals(0, rows("PERSON"));
    }

    /** What the PROJECT rollups add up to per person, currency and month, as PERSON keys; no empty group. */
    private Map<Rollup.Key, Rollup> peopleOfProjectRows() {
        Map<Rollup.Key, Rollup> people = new HashMap<>();
        for (Rollup project : rollups.monthly(Rollup.Kind.PROJECT, SEP, DEC)) {
            Rollup.Key key = new Rollup.Key(Rollup.Kind.PERSON, null, project.key().userKey(), null, project.key().currency(), project.key().month());
            people.merge(key, new Rollup(key, project.workedSeconds(), project.billedSeconds(), project.costMinor(), project.billMinor(),
                    project.entries(), project.unpriced(), project.billableSeconds(), project.valueMinor(), project.unvalued()), Rollup::plus);
        }
        people.values().removeIf(Rollup::isEmpty);
        return people;
    }

    private Map<Rollup.Key, Rollup> personRows() {
        Map<Rollup.Key, Rollup> people = new HashMap<>();
        rollups.monthly(Rollup.Kind.PERSON, SEP, DEC).forEach(person -> people.put(person.key(), person));
        return people;
    }

    private int rows() {
        return database.activeObjects().count(RollupEntity.class, Query.select());
    }

    private int rows(String kind) {
        return database.activeObjects().count(RollupEntity.class, Query.select().where(RollupEntity.KIND + " = ?", kind));
    }

    /** The database's Active Objects, refusing the second statement that adds rows. */
    private static ActiveObjects refusingTheSecondCreate(ActiveObjects delegate) {
        int[] creates = {0};
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("create") && ++creates[0] == 2) {
                throw new IllegalStateException("refused");
            }
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (ActiveObjects) Proxy.newProxyInstance(Upgrade009PersonRollupsTest.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                handler);
    }
}

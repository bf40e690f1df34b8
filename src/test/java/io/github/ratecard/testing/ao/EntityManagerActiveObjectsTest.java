package io.github.ratecard.testing.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class EntityManagerActiveObjectsTest {

    private TestDatabase database;
    private EntityManagerActiveObjects target;

    @Before
    public void setUp() {
        database = TestDatabase.fresh().migrate(SampleNote.class);
        target = database.activeObjects();
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void tables_shouldBeNamedLikeJiraPluginTables() throws Exception {
        String table = database.tableName(SampleNote.class);
        assertTrue(table, table.matches("AO_[0-9A-F]{6}_TST_NOTE"));
        try (Connection connection = database.connection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, table, "TOPIC")) {
            assertTrue("TOPIC column exists in " + table, columns.next());
        }
    }

    @Test
    public void database_shouldBeTheKindTheBuildAskedFor() throws Exception {
        try (Connection connection = database.connection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertEquals(TestDatabase.isPostgres() ? "PostgreSQL" : "H2", product);
        }
    }

    @Test
    public void create_shouldPersistWhatFindReturns() {
        target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "rates"));
        target.create(SampleNote.class, Map.of(SampleNote.TOPIC, "budgets"));

        SampleNote[] found = target.find(SampleNote.class, Query.select().where(SampleNote.TOPIC + " = ?", "rates"));

        assertEquals(1, found.length);
        assertEquals("rates", target.get(SampleNote.class, found[0].getId()).getTopic());
        assertEquals(2, target.count(SampleNote.class, Query.select()));
    }

    @Test
    public void stream_shouldVisitEveryRow() {
        for (int i = 0; i < 25; i++) {
            target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "t" + i));
        }
        List<String> topics = new ArrayList<>();

        target.stream(SampleNote.class, Query.select(SampleNote.ID + ", " + SampleNote.TOPIC), note -> topics.add(note.getTopic()));

        assertEquals(25, topics.size());
    }

    @Test
    public void deleteWithSql_shouldRemoveMatchingRowsOnly() {
        target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "keep"));
        target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "drop"));

        assertEquals(1, target.deleteWithSQL(SampleNote.class, SampleNote.TOPIC + " = ?", "drop"));
        assertEquals(1, target.count(SampleNote.class, Query.select()));
    }

    @Test
    public void executeInTransaction_shouldCommitWhatTheCallbackWrote() {
        long id = target.executeInTransaction(() -> target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "kept")).getId());

        target.flushAll();
        assertEquals("kept", target.get(SampleNote.class, id).getTopic());
    }

    @Test
    public void executeInTransaction_shouldRollBackEverythingWhenTheCallbackFails() {
        assertThrows(IllegalStateException.class, () -> target.executeInTransaction(() -> {
            target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "first"));
            target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "second"));
            throw new IllegalStateException("boom");
        }));

        assertEquals(0, target.count(SampleNote.class, Query.select()));
    }

    @Test
    public void executeInTransaction_shouldJoinAnOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> target.executeInTransaction(() -> {
            target.executeInTransaction(() -> target.create(SampleNote.class, new DBParam(SampleNote.TOPIC, "inner")));
            throw new IllegalStateException("outer fails after inner finished");
        }));

        assertEquals(0, target.count(SampleNote.class, Query.select()));
    }

    @Test
    public void sqlErrors_shouldSurfaceUnchecked() {
        assertThrows(EntityManagerActiveObjects.ActiveObjectsSqlException.class,
                () -> target.deleteWithSQL(SampleNote.class, "NO_SUCH_COLUMN = ?", "x"));
    }
}

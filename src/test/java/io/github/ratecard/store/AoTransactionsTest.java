package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.testing.ao.SampleNote;
import io.github.ratecard.testing.ao.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/** A transaction that is always undone, on the real ORM: for asking what a change would do. */
public class AoTransactionsTest {

    private final TestDatabase database = TestDatabase.fresh().migrate(SampleNote.class);
    private final AoTransactions target = new AoTransactions(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void rolledBack_shouldAnswerWhatTheWorkFoundAndKeepNothingItWrote() {
        int seen = target.rolledBack(() -> {
            database.activeObjects().create(SampleNote.class, new DBParam(SampleNote.TOPIC, "previewed"));
            return notes();
        });

        assertEquals(1, seen);
        assertEquals(0, notes());
    }

    @Test
    public void rolledBack_shouldThrowTheWorksOwnRefusalAndKeepNothing() {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> target.rolledBack(() -> {
            database.activeObjects().create(SampleNote.class, new DBParam(SampleNote.TOPIC, "refused"));
            throw new InvalidInputException("topic", "not this one");
        }));

        assertEquals("topic", refusal.field());
        assertEquals(0, notes());
    }

    private int notes() {
        return database.activeObjects().count(SampleNote.class, Query.select());
    }
}

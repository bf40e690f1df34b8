package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assume.assumeFalse;

import io.github.ratecard.invoice.SequenceBusyException;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.After;
import org.junit.Test;

/** The number sequence on the real ORM: numbers one after another, and which failures of the database it calls busy. */
public class AoNumberSequenceTest {

    private static final String KEY = "ACME|INVOICE|2026";

    private final TestDatabase database = TestDatabase.fresh().migrate(SequenceEntity.class);
    private final AoNumberSequence target = new AoNumberSequence(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void next_shouldHandOutTheNumbersOneAfterAnother() {
        target.prepare(KEY);
        target.prepare(KEY);

        assertEquals(1, target.next(KEY));
        assertEquals(2, target.next(KEY));
    }

    @Test
    public void next_whenTheDatabaseGivesUpWaitingForTheRow_shouldSurfaceItsErrorRatherThanCallItBusy() throws SQLException {
        assumeFalse("PostgreSQL waits for a lock without a limit", TestDatabase.isPostgres());
        target.prepare(KEY);
        try (Connection holder = database.connection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement update = holder.prepareStatement("UPDATE " + database.qualifiedTable(SequenceEntity.class) + " SET "
                    + database.quoteColumn(SequenceEntity.NEXT_VALUE) + " = 1 WHERE " + database.quoteColumn(SequenceEntity.SEQ_KEY) + " = ?")) {
                update.setString(1, KEY);
                update.executeUpdate();
            }

            RuntimeException thrown = assertThrows(RuntimeException.class, () -> target.next(KEY));

            assertFalse(thrown.toString(), thrown instanceof SequenceBusyException);
            assertEquals("HYT00", sqlState(thrown));
            holder.rollback();
        }
    }

    @Test
    public void prepare_whenTheDatabaseRefusesTheKey_shouldSurfaceItsRefusal() {
        String tooLong = "X".repeat(300);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> target.prepare(tooLong));

        assertEquals("22", sqlState(thrown).substring(0, 2));
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        throw new AssertionError("No database error in " + failure, failure);
    }
}

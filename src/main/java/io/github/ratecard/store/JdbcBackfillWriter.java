package io.github.ratecard.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.jobs.BackfillWriter;
import io.github.ratecard.ledger.BatchResult;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.NewEntries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The back-fill's batches of new worklogs as JDBC batches, in one transaction of the app's own that SAL's
 * executor opens ({@code requiresNew}) and the host commits: one read of the ledger's rows in the batch's
 * worklog range, the entries in one batch insert, their rollups summed per group in another, and the job's
 * row, updated only while it is RUNNING at the position the batch was read from. No Active Objects write
 * takes part, so nothing rests on the host joining Active Objects' transaction. The tables are checked once in
 * the database's catalogue (see {@link AoTable}); when they are not as expected, every batch is left to the
 * ledger keeper, with one warning.
 */
public class JdbcBackfillWriter implements BackfillWriter {

    private final JdbcLedgerTables tables;

    /** {@code namespace} is the {@code <ao>} module's, from which Jira names the app's tables. */
    public JdbcBackfillWriter(TransactionalExecutorFactory executors, String namespace) {
        this(executors, namespace, LoggerFactory.getLogger(JdbcBackfillWriter.class)::warn);
    }

    JdbcBackfillWriter(TransactionalExecutorFactory executors, String namespace, Consumer<String> warnings) {
        this.tables = new JdbcLedgerTables(executors, namespace, warnings);
    }

    /** The tables it checked and its switch, which re-pricing's batches share (see {@link JdbcRepricingWriter}). */
    JdbcLedgerTables tables() {
        return tables;
    }

    @Override
    public void turnOff(String reason) {
        tables.turnOff(reason);
    }

    @Override
    public WritePath writePath() {
        return tables.writePath();
    }

    @Override
    public Outcome write(long after, List<Long> worklogIds, Supplier<Optional<NewEntries>> pricing, Function<BatchResult, Advance> advance) {
        if (tables.isOff() || worklogIds.isEmpty()) {
            return Outcome.LEFT;
        }
        try {
            return tables.inOwnTransaction("the back-fill's batch of worklogs " + worklogIds.get(0) + " to " + worklogIds.get(worklogIds.size() - 1),
                    connection -> write(connection, after, worklogIds, pricing, advance));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JdbcLedgerTables.JobChanged) {
                    return Outcome.JOB_CHANGED;
                }
            }
            throw e;
        }
    }

    private Outcome write(Connection connection, long after, List<Long> worklogIds, Supplier<Optional<NewEntries>> pricing,
                          Function<BatchResult, Advance> advance) throws SQLException {
        JdbcLedgerTables.Tables checked = tables.tables(connection);
        if (checked == null || anyStored(connection, checked.ledger(), after, worklogIds)) {
            return Outcome.LEFT;
        }
        Optional<NewEntries> priced = pricing.get();
        if (priced.isEmpty()) {
            return Outcome.LEFT;
        }
        List<Map<String, Object>> entries = new ArrayList<>(priced.get().entries().size());
        for (LedgerEntry entry : priced.get().entries()) {
            entries.add(LedgerRows.columns(entry, null));
        }
        JdbcRows.insert(connection, checked.ledger(), entries);
        JdbcRows.insert(connection, checked.rollup(), AoRollupStore.rows(priced.get().contributions()));
        if (!JdbcLedgerTables.advanceJob(connection, checked.job(), advance.apply(priced.get().result()))) {
            throw new JdbcLedgerTables.JobChanged();
        }
        return Outcome.WRITTEN;
    }

    private static boolean anyStored(Connection connection, AoTable ledger, long after, List<Long> worklogIds) throws SQLException {
        Set<Long> batch = new HashSet<>(worklogIds);
        String worklogId = ledger.column(LedgerEntity.WORKLOG_ID);
        try (PreparedStatement read = connection.prepareStatement("SELECT " + worklogId + " FROM " + ledger.name() + " WHERE " + worklogId
                + " > ? AND " + worklogId + " <= ?")) {
            read.setLong(1, after);
            read.setLong(2, worklogIds.get(worklogIds.size() - 1));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    if (batch.contains(rows.getLong(1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

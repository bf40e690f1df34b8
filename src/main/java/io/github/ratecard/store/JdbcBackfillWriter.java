package io.github.ratecard.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.jobs.BackfillWriter;
import io.github.ratecard.jobs.JobState;
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

    private final TransactionalExecutorFactory executors;
    private final String namespace;
    private final Consumer<String> warnings;
    private volatile Tables tables;
    private volatile boolean off;
    private volatile String offReason = "";

    /** {@code namespace} is the {@code <ao>} module's, from which Jira names the app's tables. */
    public JdbcBackfillWriter(TransactionalExecutorFactory executors, String namespace) {
        this(executors, namespace, LoggerFactory.getLogger(JdbcBackfillWriter.class)::warn);
    }

    JdbcBackfillWriter(TransactionalExecutorFactory executors, String namespace, Consumer<String> warnings) {
        this.executors = executors;
        this.namespace = namespace;
        this.warnings = warnings;
    }

    @Override
    public void turnOff(String reason) {
        if (!off) {
            offReason = reason;
            off = true;
            warnings.accept("Ratecard writes the back-fill through Active Objects only, one batch at a time: " + reason);
        }
    }

    @Override
    public WritePath writePath() {
        if (tables == null && !off) {
            try {
                executors.createExecutor(true, true).execute(connection -> {
                    try {
                        return tables(connection);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not read the database's catalogue", e);
                    }
                });
            } catch (RuntimeException e) {
                return new WritePath(WritePath.ACTIVE_OBJECTS, "the tables could not be checked yet: " + e.getMessage());
            }
        }
        return off ? new WritePath(WritePath.ACTIVE_OBJECTS, offReason) : new WritePath(WritePath.JDBC, "");
    }

    @Override
    public Outcome write(long after, List<Long> worklogIds, Supplier<Optional<NewEntries>> pricing, Function<BatchResult, Advance> advance) {
        if (off || worklogIds.isEmpty()) {
            return Outcome.LEFT;
        }
        try {
            return executors.createExecutor(false, true).<Outcome>execute(connection -> {
                try {
                    return write(connection, after, worklogIds, pricing, advance);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not write the back-fill's batch of worklogs " + worklogIds.get(0) + " to "
                            + worklogIds.get(worklogIds.size() - 1), e);
                }
            });
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JobChanged) {
                    return Outcome.JOB_CHANGED;
                }
            }
            throw e;
        }
    }

    private Outcome write(Connection connection, long after, List<Long> worklogIds, Supplier<Optional<NewEntries>> pricing,
                          Function<BatchResult, Advance> advance) throws SQLException {
        Tables checked = tables(connection);
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
        if (!advanceJob(connection, checked.job(), advance.apply(priced.get().result()))) {
            throw new JobChanged();
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

    private static boolean advanceJob(Connection connection, AoTable job, Advance advance) throws SQLException {
        String sql = "UPDATE " + job.name() + " SET " + String.join(" = ?, ", job.column(JobEntity.POSITION), job.column(JobEntity.DONE_COUNT),
                job.column(JobEntity.SKIPPED), job.column(JobEntity.TOTAL), job.column(JobEntity.ACTIVE_MILLIS), job.column(JobEntity.FAILURES),
                job.column(JobEntity.UPDATED_MILLIS)) + " = ? WHERE " + job.column(JobEntity.ID) + " = ? AND " + job.column(JobEntity.STATE)
                + " = ? AND " + job.column(JobEntity.POSITION) + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, advance.position());
            update.setLong(2, advance.done());
            update.setLong(3, advance.skipped());
            update.setLong(4, advance.total());
            update.setLong(5, advance.activeMillis());
            update.setInt(6, 0);
            update.setLong(7, advance.at().toEpochMilli());
            update.setLong(8, advance.jobId());
            update.setString(9, JobState.RUNNING.name());
            update.setLong(10, advance.expectedPosition());
            return update.executeUpdate() == 1;
        }
    }

    /** The three tables, checked on first use; null (and the writer off, with a warning) when one is not as expected. */
    private Tables tables(Connection connection) throws SQLException {
        Tables known = tables;
        if (known != null) {
            return known;
        }
        AoTable.Found ledger = AoTable.find(connection, namespace, LedgerEntity.class);
        AoTable.Found rollup = AoTable.find(connection, namespace, RollupEntity.class);
        AoTable.Found job = AoTable.find(connection, namespace, JobEntity.class);
        for (AoTable.Found found : List.of(ledger, rollup, job)) {
            if (found.table().isEmpty()) {
                offReason = found.reason();
                off = true;
                warnings.accept("Ratecard writes the back-fill through Active Objects only, one batch at a time: " + found.reason());
                return null;
            }
        }
        tables = new Tables(ledger.table().get(), rollup.table().get(), job.table().get());
        return tables;
    }

    private record Tables(AoTable ledger, AoTable rollup, AoTable job) {
    }

    /** The job's row was not at the batch's start any more: the batch rolls back. */
    private static final class JobChanged extends RuntimeException {
        JobChanged() {
            super("the ledger job changed while its batch was written", null, false, false);
        }
    }
}

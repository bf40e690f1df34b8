package io.github.ratecard.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.jobs.BackfillWriter;
import io.github.ratecard.jobs.JobState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ledger's, the rollups' and the jobs' tables as the JDBC write paths (the back-fill's and re-pricing's batches)
 * name them, checked once in the database's catalogue (see {@link AoTable}), and the one switch that sends every batch
 * of both to the ledger keeper's Active Objects path: thrown, with one warning, when a table is not as expected or a
 * job's row is not where the job is read from.
 */
final class JdbcLedgerTables {

    private final TransactionalExecutorFactory executors;
    private final String namespace;
    private final Consumer<String> warnings;
    private volatile Tables tables;
    private volatile boolean off;
    private volatile String offReason = "";

    JdbcLedgerTables(TransactionalExecutorFactory executors, String namespace, Consumer<String> warnings) {
        this.executors = executors;
        this.namespace = namespace;
        this.warnings = warnings;
    }

    /** The work in one transaction of the app's own (SAL's {@code requiresNew}), committed when it returns, rolled back when it throws. */
    <T> T inOwnTransaction(String what, Work<T> work) {
        return executors.createExecutor(false, true).<T>execute(connection -> {
            try {
                return work.on(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write " + what, e);
            }
        });
    }

    boolean isOff() {
        return off;
    }

    void turnOff(String reason) {
        if (!off) {
            offReason = reason;
            off = true;
            warnings.accept("Ratecard writes the back-fill and re-pricing through Active Objects only, one batch at a time: " + reason);
        }
    }

    BackfillWriter.WritePath writePath() {
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
                return new BackfillWriter.WritePath(BackfillWriter.WritePath.ACTIVE_OBJECTS,
                        "the tables could not be checked yet: " + e.getMessage());
            }
        }
        return off ? new BackfillWriter.WritePath(BackfillWriter.WritePath.ACTIVE_OBJECTS, offReason)
                : new BackfillWriter.WritePath(BackfillWriter.WritePath.JDBC, "");
    }

    /** The three tables, checked on first use; null (and the switch thrown, with a warning) when one is not as expected. */
    Tables tables(Connection connection) throws SQLException {
        Tables known = tables;
        if (known != null) {
            return known;
        }
        AoTable.Found ledger = AoTable.find(connection, namespace, LedgerEntity.class);
        AoTable.Found rollup = AoTable.find(connection, namespace, RollupEntity.class);
        AoTable.Found job = AoTable.find(connection, namespace, JobEntity.class);
        for (AoTable.Found found : List.of(ledger, rollup, job)) {
            if (found.table().isEmpty()) {
                turnOff(found.reason());
                return null;
            }
        }
        tables = new Tables(ledger.table().get(), rollup.table().get(), job.table().get());
        return tables;
    }

    /** Writes the job's row after a batch, only where it is still RUNNING at the position the batch was read from; false when it is not. */
    static boolean advanceJob(Connection connection, AoTable job, BackfillWriter.Advance advance) throws SQLException {
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

    record Tables(AoTable ledger, AoTable rollup, AoTable job) {
    }

    /** JDBC work on the transaction's connection. */
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** The job's row was not at the batch's start any more: the batch rolls back. */
    static final class JobChanged extends RuntimeException {
        JobChanged() {
            super("the ledger job changed while its batch was written", null, false, false);
        }
    }
}

package io.github.ratecard.store;

import io.github.ratecard.jobs.BackfillWriter;
import io.github.ratecard.jobs.RepricingWriter;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.RepricedEntries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Re-pricing's batches as JDBC batches, in one transaction of the app's own, as the back-fill's are (see
 * {@link JdbcBackfillWriter}, whose checked tables and switch it shares): one range read of the affected work's live entries
 * after the job's position (by worklog id, in id windows, at most a batch), the keeper's plan for them, the rows read deleted by id
 * (every count must match, else the batch rolls back and is left to the keeper), the re-priced entries inserted as one
 * batch and their rollup contributions summed per group as another, and the job's row advanced only while it is RUNNING
 * at the position the batch was read from. Rows are replaced, never updated in place: a keeper that read one of them
 * before fails its own removal by row id and tries again, instead of writing rollups from the old price.
 */
public class JdbcRepricingWriter implements RepricingWriter {

    private final JdbcLedgerTables tables;

    public JdbcRepricingWriter(JdbcBackfillWriter backfill) {
        this.tables = backfill.tables();
    }

    @Override
    public void turnOff(String reason) {
        tables.turnOff(reason);
    }

    @Override
    public BackfillWriter.Outcome write(AffectedWork work, long after, int limit,
                                        Function<List<LedgerStore.Stored>, Optional<RepricedEntries>> planning, AdvanceTo advance) {
        if (tables.isOff()) {
            return BackfillWriter.Outcome.LEFT;
        }
        try {
            return tables.inOwnTransaction("the re-pricing batch after worklog " + after,
                    connection -> write(connection, work, after, limit, planning, advance));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JdbcLedgerTables.JobChanged) {
                    return BackfillWriter.Outcome.JOB_CHANGED;
                }
                if (cause instanceof RowsChanged) {
                    return BackfillWriter.Outcome.LEFT;
                }
            }
            if (Sql.isConflict(e)) {
                return BackfillWriter.Outcome.LEFT;
            }
            throw e;
        }
    }

    private BackfillWriter.Outcome write(Connection connection, AffectedWork work, long after, int limit,
                                         Function<List<LedgerStore.Stored>, Optional<RepricedEntries>> planning, AdvanceTo advance)
            throws SQLException {
        JdbcLedgerTables.Tables checked = tables.tables(connection);
        if (checked == null) {
            return BackfillWriter.Outcome.LEFT;
        }
        List<LedgerStore.Stored> rows = affected(connection, checked.ledger(), work, after, limit);
        if (rows.isEmpty()) {
            return BackfillWriter.Outcome.LEFT;
        }
        Optional<RepricedEntries> plan = planning.apply(rows);
        if (plan.isEmpty()) {
            return BackfillWriter.Outcome.LEFT;
        }
        delete(connection, checked.ledger(), plan.get().replacedRows());
        List<Map<String, Object>> entries = new ArrayList<>(plan.get().entries().size());
        for (LedgerEntry entry : plan.get().entries()) {
            entries.add(LedgerRows.columns(entry, null));
        }
        JdbcRows.insert(connection, checked.ledger(), entries);
        JdbcRows.insert(connection, checked.rollup(), AoRollupStore.rows(plan.get().contributions()));
        long position = rows.get(rows.size() - 1).entry().orElseThrow().worklogId();
        if (!JdbcLedgerTables.advanceJob(connection, checked.job(), advance.after(position, plan.get().result()))) {
            throw new JdbcLedgerTables.JobChanged();
        }
        return BackfillWriter.Outcome.WRITTEN;
    }

    /**
     * The affected work's live entries after worklog {@code after}, by worklog id, at most {@code limit}, each with its row id:
     * read in windows of worklog ids (twice as many ids as entries wanted, doubled while windows come back short, up to the
     * ledger's highest id), so that no read sorts all the entries left after the position, and each batch costs the same at the
     * start of the ledger and at its end.
     */
    private static List<LedgerStore.Stored> affected(Connection connection, AoTable ledger, AffectedWork work, long after, int limit)
            throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        AoLedgerStore.Criteria criteria = AoLedgerStore.criteria(work, filterOnly(product, ledger));
        List<String> columns = new ArrayList<>();
        columns.add(ledger.column(LedgerEntity.ID));
        ledger.insertColumns().forEach(column -> columns.add(ledger.column(column)));
        String worklogId = ledger.column(LedgerEntity.WORKLOG_ID);
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + ledger.name() + " WHERE " + worklogId + " > ? AND " + worklogId
                + " <= ? AND " + criteria.sql() + " ORDER BY " + worklogId + Sql.firstRows(product);
        long highest = highestWorklogId(connection, ledger);
        List<LedgerStore.Stored> rows = new ArrayList<>(limit);
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            long from = after;
            long width = Math.max(1L, 2L * limit);
            while (rows.size() < limit && from < highest) {
                long to = highest - from <= width ? highest : from + width;
                int index = 1;
                read.setLong(index++, from);
                read.setLong(index++, to);
                for (Object parameter : criteria.parameters()) {
                    read.setObject(index++, parameter);
                }
                read.setInt(index, limit - rows.size());
                try (ResultSet row = read.executeQuery()) {
                    while (row.next()) {
                        rows.add(new LedgerStore.Stored(Optional.of(LedgerRows.entry(row)), Optional.empty(), row.getLong(LedgerEntity.ID)));
                    }
                }
                from = to;
                width = Math.min(Long.MAX_VALUE / 4, width * 2);
            }
        }
        return rows;
    }

    /**
     * How the criteria name their columns. H2 weighs no range's bounds: offered an index on a criterion's columns (the
     * author-day index for a level's users from a day on) it takes that one and sorts every entry it finds, however narrow
     * the id window (its EXPLAIN shows it), so on H2 the criteria are written as expressions no index serves, and the
     * window's unique index, already in worklog order, is the only way in. Planners that use statistics take the window.
     */
    private static UnaryOperator<String> filterOnly(String product, AoTable ledger) {
        if (product != null && product.toLowerCase(Locale.ROOT).contains("h2")) {
            return column -> "COALESCE(" + ledger.column(column) + ", " + ledger.column(column) + ")";
        }
        return ledger::column;
    }

    private static long highestWorklogId(Connection connection, AoTable ledger) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT MAX(" + ledger.column(LedgerEntity.WORKLOG_ID) + ") FROM " + ledger.name());
             ResultSet row = read.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** Deletes the rows by id, per IN list; any list that deletes fewer rows than it names rolls the batch back. */
    private static void delete(Connection connection, AoTable ledger, List<Long> rowIds) throws SQLException {
        for (List<Long> chunk : Sql.chunks(rowIds, LedgerRows.IN_CHUNK)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + ledger.name() + " WHERE " + ledger.column(LedgerEntity.ID)
                    + Sql.in(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    delete.setLong(i + 1, chunk.get(i));
                }
                int deleted = delete.executeUpdate();
                if (deleted != chunk.size()) {
                    throw new RowsChanged(chunk.size(), deleted);
                }
            }
        }
    }

    /** A row read for the batch was changed by another transaction before the batch deleted it: the batch rolls back. */
    private static final class RowsChanged extends RuntimeException {
        RowsChanged(int expected, int deleted) {
            super("deleted " + deleted + " of the " + expected + " ledger rows read for a re-pricing batch", null, false, false);
        }
    }
}

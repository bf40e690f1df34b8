package io.github.ratecard.jira;

import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's worklogs for the back-fill, read from Jira's own tables in id order with joined,
 * read-only queries (Jira's Java API has no walk over all worklogs). The issue key is the project
 * key and the issue number, as Jira builds it; the author column holds the user key.
 * <p>
 * Each query reads a window of ids ({@code w.id > ? AND w.id <= ?}) and at most the rows still
 * wanted, so a batch costs the same at the start and at the end of the table: the database never
 * sorts the worklogs after the window. A window that holds too few worklogs (deleted ones, ids
 * handed out in blocks, worklogs of vanished issues) is followed by one twice as wide, up to the
 * highest id, so no worklog is skipped and a gap of any size is crossed in a few queries.
 */
public class JiraWorklogSource implements WorklogSource {

    /** The first window of a batch spans this many ids per worklog wanted. */
    static final int IDS_PER_WORKLOG = 2;
    private static final long WIDEST = Long.MAX_VALUE / 4;

    private final JiraTables database;

    public JiraWorklogSource(JiraTables database) {
        this.database = database;
    }

    @Override
    public List<WorklogRecord> after(long worklogId, int limit) {
        String schema = database.schema();
        String sql = "SELECT w.id, w.issueid, p.pkey, i.issuenum, p.id, w.author, w.startdate, w.timeworked, w.updated, w.created"
                + " FROM " + schema + "worklog w"
                + " JOIN " + schema + "jiraissue i ON i.id = w.issueid"
                + " JOIN " + schema + "project p ON p.id = i.project"
                + " WHERE w.id > ? AND w.id <= ? ORDER BY w.id" + database.firstRows();
        return database.read(connection -> {
            try (PreparedStatement window = connection.prepareStatement(sql)) {
                return walk(window, highestId(connection, schema), worklogId, limit);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read Jira's worklogs after " + worklogId, e);
            }
        });
    }

    private static List<WorklogRecord> walk(PreparedStatement window, long highest, long after, int limit) throws SQLException {
        List<WorklogRecord> records = new ArrayList<>(Math.max(0, limit));
        long from = after;
        long width = Math.max(1L, (long) limit * IDS_PER_WORKLOG);
        while (records.size() < limit && from < highest) {
            long to = highest - from <= width ? highest : from + width;
            int wanted = limit - records.size();
            if (read(window, from, to, wanted, records) < wanted) {
                width = Math.min(WIDEST, width * 2);
            }
            from = to;
        }
        return records;
    }

    private static int read(PreparedStatement window, long from, long to, int wanted, List<WorklogRecord> records) throws SQLException {
        window.setMaxRows(wanted);
        window.setFetchSize(Math.min(wanted, 1000));
        window.setLong(1, from);
        window.setLong(2, to);
        window.setInt(3, wanted);
        int read = 0;
        try (ResultSet rows = window.executeQuery()) {
            while (rows.next()) {
                String projectKey = rows.getString(3);
                Instant started = instant(rows.getTimestamp(7), Instant.EPOCH);
                Instant updated = instant(rows.getTimestamp(9), instant(rows.getTimestamp(10), started));
                records.add(new WorklogRecord(rows.getLong(1), rows.getLong(2), projectKey + "-" + rows.getLong(4), rows.getLong(5),
                        projectKey, rows.getString(6) == null ? "" : rows.getString(6), started, Math.max(0, rows.getLong(8)), updated));
                read++;
            }
        }
        return read;
    }

    private static long highestId(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(id) FROM " + schema + "worklog");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    @Override
    public long count() {
        String schema = database.schema();
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + schema + "worklog");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count Jira's worklogs", e);
            }
        });
    }

    private static Instant instant(Timestamp timestamp, Instant otherwise) {
        return timestamp == null ? otherwise : timestamp.toInstant();
    }
}

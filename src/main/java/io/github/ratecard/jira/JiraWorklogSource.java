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
 * Jira's worklogs for the back-fill, read from Jira's own tables in id order with one joined,
 * read-only query per batch (Jira's Java API has no walk over all worklogs). The issue key is
 * the project key and the issue number, as Jira builds it; the author column holds the user key.
 */
public class JiraWorklogSource implements WorklogSource {

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
                + " WHERE w.id > ? ORDER BY w.id";
        return database.read(connection -> read(connection, sql, worklogId, limit));
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

    private static List<WorklogRecord> read(Connection connection, String sql, long worklogId, int limit) {
        List<WorklogRecord> records = new ArrayList<>(limit);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(limit);
            statement.setFetchSize(Math.min(limit, 1000));
            statement.setLong(1, worklogId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String projectKey = rows.getString(3);
                    Instant started = instant(rows.getTimestamp(7), Instant.EPOCH);
                    Instant updated = instant(rows.getTimestamp(9), instant(rows.getTimestamp(10), started));
                    records.add(new WorklogRecord(rows.getLong(1), rows.getLong(2), projectKey + "-" + rows.getLong(4), rows.getLong(5),
                            projectKey, rows.getString(6) == null ? "" : rows.getString(6), started, Math.max(0, rows.getLong(8)), updated));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read Jira's worklogs after " + worklogId, e);
        }
        return records;
    }

    private static Instant instant(Timestamp timestamp, Instant otherwise) {
        return timestamp == null ? otherwise : timestamp.toInstant();
    }
}

package io.github.ratecard.testing.jira;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Jira's project, jiraissue and worklog tables, with the columns, keys and index Jira gives them,
 * in a test database's schema, on one connection that names that schema as its own, as Jira's
 * connections do. Issue {@code i} belongs to project {@code 1 + i % projects}, keyed {@code P<n>}.
 */
public final class JiraWorklogTables implements AutoCloseable {

    private static final int INSERT_BATCH = 5000;

    private final Connection connection;

    private JiraWorklogTables(Connection connection) {
        this.connection = connection;
    }

    /** The tables, empty, with {@code issues} issues spread over {@code projects} projects. */
    public static JiraWorklogTables create(TestDatabase database, int projects, int issues) {
        try {
            Connection connection = database.directConnection();
            connection.setSchema(database.schema());
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE project (id NUMERIC(18,0) PRIMARY KEY, pname VARCHAR(255), pkey VARCHAR(255))");
                sql.execute("CREATE TABLE jiraissue (id NUMERIC(18,0) PRIMARY KEY, issuenum NUMERIC(18,0), project NUMERIC(18,0),"
                        + " summary VARCHAR(255))");
                sql.execute("CREATE TABLE worklog (id NUMERIC(18,0) PRIMARY KEY, issueid NUMERIC(18,0), author VARCHAR(255),"
                        + " grouplevel VARCHAR(255), rolelevel NUMERIC(18,0), worklogbody VARCHAR(4000), created TIMESTAMP,"
                        + " updateauthor VARCHAR(255), updated TIMESTAMP, startdate TIMESTAMP, timeworked NUMERIC(18,0))");
                sql.execute("CREATE INDEX worklog_issue ON worklog (issueid)");
            }
            JiraWorklogTables tables = new JiraWorklogTables(connection);
            tables.fill(projects, issues);
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create Jira's tables", e);
        }
    }

    private void fill(int projects, int issues) throws SQLException {
        try (PreparedStatement project = connection.prepareStatement("INSERT INTO project (id, pname, pkey) VALUES (?, ?, ?)")) {
            for (int p = 1; p <= projects; p++) {
                project.setLong(1, p);
                project.setString(2, "Project " + p);
                project.setString(3, "P" + p);
                project.addBatch();
            }
            project.executeBatch();
        }
        try (PreparedStatement issue = connection.prepareStatement("INSERT INTO jiraissue (id, issuenum, project, summary) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= issues; i++) {
                issue.setLong(1, i);
                issue.setLong(2, i);
                issue.setLong(3, 1 + i % projects);
                issue.setString(4, "Issue " + i);
                issue.addBatch();
                if (i % INSERT_BATCH == 0) {
                    issue.executeBatch();
                }
            }
            issue.executeBatch();
        }
    }

    /** One worklog as Jira stores it. */
    public record Worklog(long id, long issueId, String author, Instant started, long seconds, Instant updated) {
    }

    /** Adds the worklogs, in JDBC batches. */
    public void add(Iterable<Worklog> worklogs) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO worklog (id, issueid, author, created, updated, startdate,"
                + " timeworked) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Worklog worklog : worklogs) {
                insert.setLong(1, worklog.id());
                insert.setLong(2, worklog.issueId());
                insert.setString(3, worklog.author());
                insert.setTimestamp(4, Timestamp.from(worklog.updated()));
                insert.setTimestamp(5, Timestamp.from(worklog.updated()));
                insert.setTimestamp(6, Timestamp.from(worklog.started()));
                insert.setLong(7, worklog.seconds());
                insert.addBatch();
                if (++pending == INSERT_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add worklogs", e);
        }
    }

    /** Runs SQL on Jira's tables, e.g. to delete worklogs or gather statistics. */
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    /** The connection that holds the tables. */
    public Connection connection() {
        return connection;
    }

    /** SAL's executor as Jira plays it, handing every callback this connection. */
    public TransactionalExecutorFactory executors() {
        TransactionalExecutor executor = new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                return callback.execute(connection);
            }
        };
        return (readOnly, requiresNew) -> executor;
    }

    @Override
    public void close() {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE worklog");
            sql.execute("DROP TABLE jiraissue");
            sql.execute("DROP TABLE project");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop Jira's tables", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the database goes with the test
            }
        }
    }
}

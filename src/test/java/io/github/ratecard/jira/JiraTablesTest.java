package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Reading Jira's tables through SAL's transactional executor, with table names in the schema that holds them. */
public class JiraTablesTest {

    private Connection connection;
    private TransactionalExecutorFactory executors;

    @Before
    public void setUp() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:jira-tables-" + System.nanoTime());
        executors = executorsOn(connection);
    }

    @After
    public void tearDown() throws Exception {
        connection.close();
    }

    @Test
    public void jiraTablesInASchemaOfTheirOwn_shouldBeNamedWithThatSchema() throws Exception {
        execute("CREATE SCHEMA jira", "CREATE TABLE jira.jiraissue (id BIGINT)", "INSERT INTO jira.jiraissue VALUES (7)");
        JiraTables tables = new JiraTables(executors);

        long id = tables.read(jdbc -> firstLong(jdbc, "SELECT id FROM " + tables.schema() + "jiraissue"));

        assertEquals("\"JIRA\".", tables.schema());
        assertEquals(7, id);
    }

    @Test
    public void jiraTablesInTheConnectionsSchema_shouldBeNamedWithIt() throws Exception {
        execute("CREATE TABLE jiraissue (id BIGINT)");

        assertEquals("\"PUBLIC\".", new JiraTables(executors).schema());
    }

    @Test
    public void noJiraTableFound_shouldLeaveTableNamesUnqualified() {
        assertEquals("", new JiraTables(executors).schema());
    }

    @Test
    public void jiraTablesInSeveralOtherSchemas_shouldBeRefusedRatherThanGuessed() throws Exception {
        execute("CREATE SCHEMA jira_old", "CREATE TABLE jira_old.jiraissue (id BIGINT)", "CREATE SCHEMA jira_new",
                "CREATE TABLE jira_new.jiraissue (id BIGINT)");

        try {
            new JiraTables(executors).schema();
            throw new AssertionError("a schema was guessed");
        } catch (IllegalStateException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("JIRA_NEW, JIRA_OLD") || refused.getMessage().contains("JIRA_OLD, JIRA_NEW"));
        }
    }

    @Test
    public void jiraTablesInSeveralSchemasOneTheConnectionsOwn_shouldBeReadFromTheConnectionsSchema() throws Exception {
        execute("CREATE SCHEMA jira_old", "CREATE TABLE jira_old.jiraissue (id BIGINT)", "CREATE TABLE jiraissue (id BIGINT)");

        assertEquals("\"PUBLIC\".", new JiraTables(executors).schema());
    }

    @Test
    public void firstRows_shouldLimitAnOrderedQueryToItsLastParameter() throws Exception {
        execute("CREATE TABLE jiraissue (id BIGINT)", "INSERT INTO jiraissue VALUES (3), (1), (2), (5), (4)");
        JiraTables tables = new JiraTables(executors);

        long rows = tables.read(jdbc -> {
            try (var query = jdbc.prepareStatement("SELECT id FROM jiraissue WHERE id > ? ORDER BY id" + tables.firstRows())) {
                query.setLong(1, 1);
                query.setInt(2, 2);
                try (ResultSet read = query.executeQuery()) {
                    long count = 0;
                    while (read.next()) {
                        count++;
                    }
                    return count;
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals(2, rows);
    }

    @Test
    public void firstRows_shouldBeLimitOnMySqlAndTheStandardClauseOnTheOtherDatabasesJiraSupports() {
        assertEquals(" LIMIT ?", JiraTables.firstRowsClause("MySQL"));
        assertEquals(" LIMIT ?", JiraTables.firstRowsClause("MariaDB"));
        for (String product : List.of("PostgreSQL", "Oracle", "Microsoft SQL Server", "H2")) {
            assertEquals(product, " OFFSET 0 ROWS FETCH FIRST ? ROWS ONLY", JiraTables.firstRowsClause(product));
        }
    }

    @Test
    public void reads_shouldAskTheHostForAReadOnlyExecutorThatJoinsItsTransaction() {
        new JiraTables(executors).read(jdbc -> 1);

        verify(executors).createExecutor(true, false);
    }

    /** SAL's executor as Jira plays it, handing every callback the same open connection. */
    static TransactionalExecutorFactory executorsOn(Connection connection) {
        TransactionalExecutor executor = mock(TransactionalExecutor.class);
        when(executor.execute(any())).thenAnswer(call -> call.<ConnectionCallback<?>>getArgument(0).execute(connection));
        TransactionalExecutorFactory factory = mock(TransactionalExecutorFactory.class);
        when(factory.createExecutor(true, false)).thenReturn(executor);
        return factory;
    }

    private void execute(String... statements) throws Exception {
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static long firstLong(Connection jdbc, String sql) {
        try (Statement statement = jdbc.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

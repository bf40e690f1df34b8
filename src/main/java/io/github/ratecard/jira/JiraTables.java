package io.github.ratecard.jira;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Read-only access to Jira's own tables (worklogs, issues, issue links) through SAL's
 * transactional executor, the host service Jira offers plugins for JDBC work on its database.
 * Table names are qualified with the schema that holds Jira's tables, found once in the
 * database's own catalogue, so a Jira configured with a schema of its own is read correctly; the
 * syntax that limits a query's rows is chosen once from the database's product name.
 */
public class JiraTables {

    private static final String MARKER_TABLE = "jiraissue";

    private final TransactionalExecutorFactory executors;
    private volatile String schema;
    private volatile String firstRows;

    public JiraTables(TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    /** Runs JDBC work on Jira's tables read-only, in the host's transaction if one is open; the connection stays the host's. */
    public <R> R read(Function<Connection, R> work) {
        return executors.createExecutor(true, false).execute(connection -> {
            schemaOf(connection);
            return work.apply(connection);
        });
    }

    /** The prefix to put before each of Jira's table names: "" or "schema.". */
    public String schema() {
        String known = schema;
        return known != null ? known : read(connection -> schema);
    }

    /**
     * What ends a query whose ORDER BY is its last clause so that it returns at most as many rows as
     * its last parameter says: {@code LIMIT ?} on MySQL and MariaDB, the standard
     * {@code OFFSET 0 ROWS FETCH FIRST ? ROWS ONLY} on the others Jira supports (PostgreSQL, Oracle,
     * SQL Server, H2).
     */
    public String firstRows() {
        String known = firstRows;
        return known != null ? known : read(connection -> firstRows);
    }

    private void schemaOf(Connection connection) {
        if (schema == null || firstRows == null) {
            try {
                firstRows = firstRowsClause(connection.getMetaData().getDatabaseProductName());
                schema = findSchema(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not find the schema of Jira's tables", e);
            }
        }
    }

    static String firstRowsClause(String databaseProduct) {
        String product = databaseProduct == null ? "" : databaseProduct.toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb") ? " LIMIT ?" : " OFFSET 0 ROWS FETCH FIRST ? ROWS ONLY";
    }

    /**
     * The schema holding Jira's issue table, quoted: the connection's own if it holds one, else the only
     * one that does; refused when several others do. None found: names stay unqualified.
     */
    static String findSchema(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(MARKER_TABLE, MARKER_TABLE.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                while (tables.next()) {
                    String found = tables.getString("TABLE_SCHEM");
                    if (found != null && !schemas.contains(found)) {
                        schemas.add(found);
                    }
                }
            }
        }
        if (schemas.isEmpty()) {
            return "";
        }
        String current = connection.getSchema();
        if (!schemas.contains(current) && schemas.size() > 1) {
            throw new IllegalStateException("Jira's tables are in more than one schema (" + String.join(", ", schemas)
                    + ") and none is the connection's own: cannot tell which is this Jira's");
        }
        String quote = metaData.getIdentifierQuoteString().strip();
        return quote + (schemas.contains(current) ? current : schemas.get(0)) + quote + ".";
    }
}

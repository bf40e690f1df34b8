package io.github.ratecard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** Rows of an Active Objects table inserted by plain JDBC, with the values Active Objects would write for them. */
final class JdbcRows {

    private JdbcRows() {
    }

    /**
     * Inserts the rows (column name to value; an absent column is NULL) as one JDBC batch; the table's
     * generated key fills itself. Throws when the database reports a row not inserted.
     */
    static void insert(Connection connection, AoTable table, List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = table.insertColumns();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name() + " ("
                + String.join(", ", columns.stream().map(table::column).toList()) + ") VALUES (" + Sql.placeholders(columns.size()) + ")")) {
            for (Map<String, Object> row : rows) {
                if (!columns.containsAll(row.keySet())) {
                    throw new IllegalArgumentException("Not columns of " + table.name() + ": " + row.keySet());
                }
                for (int i = 0; i < columns.size(); i++) {
                    bind(insert, i + 1, row.get(columns.get(i)), table.type(columns.get(i)));
                }
                insert.addBatch();
            }
            for (int count : insert.executeBatch()) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("A row was not inserted into " + table.name() + " (update count " + count + ")");
                }
            }
        }
    }

    /** A column's value as {@link #bind} takes it back: a character large object as its text. */
    static Object value(java.sql.ResultSet rows, int index) throws SQLException {
        Object value = rows.getObject(index);
        if (value instanceof java.sql.Clob text) {
            return text.getSubString(1, (int) text.length());
        }
        return value;
    }

    /** Binds a value the way Active Objects maps its Java type: {@code long}, {@code int}, {@code boolean}, {@code String}. */
    static void bind(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            throw new IllegalArgumentException("No JDBC mapping for a " + value.getClass().getName());
        }
    }
}

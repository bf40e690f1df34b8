package io.github.ratecard.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads of RC_ROLLUP by plain JDBC, on a connection of SAL's executor, without Active Objects' read-only entities, whose
 * mapping of each column of each row took most of the time of a read of 120,000 groups: the grouped read of
 * {@link RollupSums} (the key columns, the sums of the figures, grouped and ordered by the keys), and the rows themselves in
 * the order of the keys, for a caller that adds up each run of rows with the same keys (on PostgreSQL the sums of 120,000
 * groups took four times as long as reading their rows in the order of an index). The table is found once in the database's
 * catalogue ({@link AoTable}); while it is not found the read is empty and its caller reads through Active Objects.
 */
final class JdbcRollupSums {

    /** A group as the statement returns it: its keys in the order asked, then its figures in the order asked. */
    interface Row {
        String string(int key) throws SQLException;

        Long number(int key) throws SQLException;

        int month(int key) throws SQLException;

        long figure(int figure) throws SQLException;
    }

    interface Each {
        void accept(Row row) throws SQLException;
    }

    private static final int FETCH_SIZE = 5_000;

    private final TransactionalExecutorFactory executors;
    private final String namespace;
    private volatile AoTable table;

    JdbcRollupSums(TransactionalExecutorFactory executors, String namespace) {
        this.executors = executors;
        this.namespace = namespace;
    }

    /**
     * Each group of {@code keys} of the rows of {@code where} (column names of RollupEntity with {@code ?} for the
     * parameters, e.g. {@code KIND = ?}), to {@code each}, in the order of the keys; false, having read nothing, when
     * the table is not found.
     */
    boolean groups(List<String> keys, List<String> figures, List<Condition> where, Each each) {
        return read(keys, figures, where, true, each);
    }

    /**
     * Each row of {@code where} as it is stored, its keys and figures as {@link #groups} names them, to {@code each}, in the
     * order of the keys (rows with the same keys one after the other, in no particular order among themselves); false,
     * having read nothing, when the table is not found.
     */
    boolean rows(List<String> keys, List<String> figures, List<Condition> where, Each each) {
        return read(keys, figures, where, false, each);
    }

    private boolean read(List<String> keys, List<String> figures, List<Condition> where, boolean grouped, Each each) {
        return executors.createExecutor(true, false).execute(connection -> {
            try {
                Optional<AoTable> found = table(connection);
                if (found.isEmpty()) {
                    return false;
                }
                read(connection, found.get(), keys, figures, where, grouped, each);
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the rollups' sums", e);
            }
        });
    }

    /** A condition on one column: {@code column operator} with its parameters, e.g. {@code PERIOD_MONTH}, {@code BETWEEN ? AND ?}. */
    record Condition(String column, String operator, List<Object> parameters) {
        static Condition equal(String column, Object value) {
            return new Condition(column, "= ?", List.of(value));
        }
    }

    private Optional<AoTable> table(Connection connection) throws SQLException {
        AoTable known = table;
        if (known == null) {
            known = AoTable.find(connection, namespace, RollupEntity.class).table().orElse(null);
            table = known;
        }
        return Optional.ofNullable(known);
    }

    /**
     * On PostgreSQL, for this transaction only: random page reads costed as on SSD or in memory (1.1 instead of the default 4),
     * so that the planner reads a year's rows through the rollups' index in its order instead of reading the whole table and
     * sorting 120,000 rows (on a rollup table that a back-fill had grown and compaction had thinned, the planner chose the whole
     * table and an external sort: 524–591 ms; the index: 271 ms, every page already in the buffer cache; load 8).
     */
    private static void planRowsInIndexOrder(Connection connection) throws SQLException {
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL random_page_cost = 1.1");
            }
        }
    }

    private static void read(Connection connection, AoTable table, List<String> keys, List<String> figures, List<Condition> where,
                             boolean grouped, Each each) throws SQLException {
        List<String> keyColumns = keys.stream().map(table::column).toList();
        List<String> columns = new ArrayList<>(keyColumns);
        figures.forEach(figure -> columns.add(grouped ? "SUM(" + table.column(figure) + ")" : table.column(figure)));
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Condition condition : where) {
            conditions.add(table.column(condition.column()) + " " + condition.operator());
            parameters.addAll(condition.parameters());
        }
        String groups = String.join(", ", keyColumns);
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + table.name() + " WHERE " + String.join(" AND ", conditions)
                + (grouped ? " GROUP BY " + groups : "") + " ORDER BY " + groups;
        if (!grouped) {
            planRowsInIndexOrder(connection);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // in batches: PostgreSQL's driver otherwise holds all 120,000 rows (a byte array per value) in the heap at once
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                int firstFigure = keys.size() + 1;
                Row row = new Row() {
                    @Override
                    public String string(int key) throws SQLException {
                        return rows.getString(key + 1);
                    }

                    @Override
                    public Long number(int key) throws SQLException {
                        long value = rows.getLong(key + 1);
                        return rows.wasNull() ? null : value;
                    }

                    @Override
                    public int month(int key) throws SQLException {
                        return rows.getInt(key + 1);
                    }

                    @Override
                    public long figure(int figure) throws SQLException {
                        return rows.getLong(firstFigure + figure);
                    }
                };
                while (rows.next()) {
                    each.accept(row);
                }
            }
        }
    }
}

package io.github.ratecard.bench;

import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table with the ledger table's columns and the indexes the database's catalogue lists for it, as
 * Active Objects created them, for a raw insert to be compared with the back-fill's writes.
 */
final class SameIndexTable {

    static final String NAME = "BENCH_RAW_LEDGER";
    /**
     * The sequence the raw insert draws its row ids from, with the database's default cache, as the ledger's own id column
     * does: on H2 each cached block of ids is written to the store, so a baseline that set the ids itself would do less work.
     */
    static final String ID_SEQUENCE = "BENCH_RAW_LEDGER_ID";

    /** One index of the ledger table: its columns in order, and whether it is unique. */
    record IndexShape(String name, boolean unique, List<String> columns) {
    }

    private SameIndexTable() {
    }

    /** Creates the table (dropping an old one) and returns the ledger table's indexes it was given. */
    static List<IndexShape> create(TestDatabase database) throws SQLException {
        List<IndexShape> indexes = ledgerIndexes(database);
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS " + NAME);
            sql.execute("DROP SEQUENCE IF EXISTS " + ID_SEQUENCE);
            sql.execute("CREATE SEQUENCE " + ID_SEQUENCE);
            sql.execute("CREATE TABLE " + NAME + " AS SELECT * FROM " + database.qualifiedTable(LedgerEntity.class) + " WHERE 1 = 0");
            int n = 0;
            for (IndexShape index : indexes) {
                List<String> quoted = index.columns().stream().map(database::quoteColumn).toList();
                sql.execute("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + NAME + "_" + (++n) + " ON " + NAME
                        + " (" + String.join(", ", quoted) + ")");
            }
        }
        return indexes;
    }

    static void drop(TestDatabase database) throws SQLException {
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE " + NAME);
            sql.execute("DROP SEQUENCE " + ID_SEQUENCE);
        }
    }

    /** The SQL that draws the next row id from {@link #ID_SEQUENCE}. */
    static String nextId() {
        return TestDatabase.isPostgres() ? "nextval('" + ID_SEQUENCE + "')" : "NEXT VALUE FOR " + ID_SEQUENCE;
    }

    /** The ledger table's indexes as the catalogue lists them (the primary key's among them). */
    static List<IndexShape> ledgerIndexes(TestDatabase database) throws SQLException {
        Map<String, Boolean> unique = new TreeMap<>();
        Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        try (Connection connection = database.connection()) {
            DatabaseMetaData catalogue = connection.getMetaData();
            try (ResultSet rows = catalogue.getIndexInfo(null, database.schema(), database.tableName(LedgerEntity.class), false, false)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                        continue;
                    }
                    unique.put(name, !rows.getBoolean("NON_UNIQUE"));
                    columns.computeIfAbsent(name, key -> new TreeMap<>()).put((int) rows.getShort("ORDINAL_POSITION"),
                            rows.getString("COLUMN_NAME"));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("The catalogue lists no index of " + database.tableName(LedgerEntity.class));
        }
        List<IndexShape> indexes = new ArrayList<>();
        columns.forEach((name, byPosition) -> indexes.add(new IndexShape(name, unique.get(name), List.copyOf(byPosition.values()))));
        return indexes;
    }
}

package io.github.ratecard.bench;

import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The database's product and version and, on PostgreSQL, the settings that decide what a write costs, stated next to the figures. */
final class DatabaseSettings {

    private static final List<String> POSTGRES_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes", "wal_level",
            "shared_buffers", "work_mem", "max_wal_size", "checkpoint_timeout");

    private DatabaseSettings() {
    }

    static Map<String, Object> of(TestDatabase database) throws SQLException {
        Map<String, Object> settings = new LinkedHashMap<>();
        try (Connection connection = database.connection()) {
            settings.put("product", connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion());
            settings.put("url", connection.getMetaData().getURL());
            if (TestDatabase.isPostgres()) {
                try (Statement sql = connection.createStatement()) {
                    for (String name : POSTGRES_SETTINGS) {
                        try (ResultSet row = sql.executeQuery("SHOW " + name)) {
                            row.next();
                            settings.put(name, row.getString(1));
                        }
                    }
                }
            }
        }
        return settings;
    }
}

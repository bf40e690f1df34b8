package io.github.ratecard.store;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * An Active Objects table as plain JDBC names it, found in the database's own catalogue. Its name is the
 * entity's {@code @Table} value upper-cased behind Jira's prefix for the {@code <ao>} module's namespace
 * ({@code AO_} and the last six hex digits of the namespace's MD5); its columns are the entity's column-name
 * constants, each with the SQL type the catalogue gives it.
 */
final class AoTable {

    private final String qualifiedName;
    private final Map<String, Integer> types;
    private final String primaryKey;
    private final boolean generatedKey;
    private final String quote;

    private AoTable(String qualifiedName, Map<String, Integer> types, String primaryKey, boolean generatedKey, String quote) {
        this.qualifiedName = qualifiedName;
        this.types = types;
        this.primaryKey = primaryKey;
        this.generatedKey = generatedKey;
        this.quote = quote;
    }

    /** The table, schema-qualified and quoted for this connection. */
    String name() {
        return qualifiedName;
    }

    /** The entity's columns but a generated primary key, in declaration order. */
    List<String> insertColumns() {
        return types.keySet().stream().filter(column -> !generatedKey || !column.equals(primaryKey)).toList();
    }

    /** The primary key's column, quoted. */
    String key() {
        return column(primaryKey);
    }

    /** One of its columns, quoted as Active Objects quotes it (on PostgreSQL, an unquoted name would be folded to lower case). */
    String column(String name) {
        if (!types.containsKey(name)) {
            throw new IllegalArgumentException(name + " is not a column of " + qualifiedName);
        }
        return quote + name + quote;
    }

    int type(String column) {
        return types.get(column);
    }

    static String expectedName(String namespace, Class<? extends RawEntity<?>> entity) {
        return prefix(namespace) + entity.getAnnotation(Table.class).value().toUpperCase(Locale.ROOT);
    }

    static String prefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().withUpperCase().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entity's column-name constants: its {@code String} fields. */
    static List<String> columnsOf(Class<?> entity) {
        List<String> columns = new ArrayList<>();
        for (Field field : entity.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    columns.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return columns;
    }

    /**
     * The entity's table as the connection's catalogue has it, in the connection's own schema or else in the only schema
     * holding it; the reason when the table is in none, in several but not the connection's own, or one of its columns
     * is not there. (Should the connection's own schema hold another Jira's tables, the job row the batch must advance
     * is not found there while the job runs, and the worker turns the writer off: see {@code JobWorker}.)
     */
    static Found find(Connection connection, String namespace, Class<? extends RawEntity<?>> entity) throws SQLException {
        return find(connection, namespace, entity, columnsOf(entity));
    }

    /** As {@link #find(Connection, String, Class)}, with the columns named here instead of the entity's constants (a frozen entity has none). */
    static Found find(Connection connection, String namespace, Class<? extends RawEntity<?>> entity, List<String> named) throws SQLException {
        String expected = expectedName(namespace, entity);
        DatabaseMetaData catalogue = connection.getMetaData();
        List<String> schemas = new ArrayList<>();
        try (ResultSet tables = catalogue.getTables(null, null, expected, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (expected.equals(tables.getString("TABLE_NAME"))) {
                    schemas.add(tables.getString("TABLE_SCHEM"));
                }
            }
        }
        String own = ownSchema(connection);
        if (schemas.isEmpty() || schemas.size() > 1 && !schemas.contains(own)) {
            return Found.missing("expected one table " + expected + ", found " + (schemas.isEmpty() ? "none" : "it in schemas " + schemas)
                    + " and none is the connection's own; tables like it: " + similar(catalogue, entity));
        }
        String schema = schemas.contains(own) ? own : schemas.get(0);
        Map<String, Integer> found = new LinkedHashMap<>();
        try (ResultSet columns = catalogue.getColumns(null, schema, expected, null)) {
            while (columns.next()) {
                if (expected.equals(columns.getString("TABLE_NAME"))) {
                    found.put(columns.getString("COLUMN_NAME"), columns.getInt("DATA_TYPE"));
                }
            }
        }
        Map<String, Integer> types = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>(named);
        String key = primaryKey(entity);
        if (!wanted.contains(key)) {
            wanted.add(0, key);
        }
        for (String column : wanted) {
            if (!found.containsKey(column)) {
                return Found.missing("expected column " + column + " in " + expected + ", found columns " + found.keySet());
            }
            types.put(column, found.get(column));
        }
        String quote = catalogue.getIdentifierQuoteString().strip();
        String qualified = (schema == null || schema.isEmpty() ? "" : quote + schema + quote + ".") + quote + expected + quote;
        return new Found(Optional.of(new AoTable(qualified, types, key, keyMethod(entity).isAnnotationPresent(AutoIncrement.class), quote)), "");
    }

    private static String primaryKey(Class<?> entity) {
        return keyMethod(entity).getAnnotation(PrimaryKey.class).value();
    }

    private static Method keyMethod(Class<?> entity) {
        for (Method method : entity.getMethods()) {
            if (method.isAnnotationPresent(PrimaryKey.class)) {
                return method;
            }
        }
        throw new IllegalArgumentException(entity.getName() + " has no primary key");
    }

    private static String ownSchema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    /** A table found, or the reason it was not. */
    record Found(Optional<AoTable> table, String reason) {
        static Found missing(String reason) {
            return new Found(Optional.empty(), reason);
        }
    }

    private static List<String> similar(DatabaseMetaData catalogue, Class<? extends RawEntity<?>> entity) throws SQLException {
        List<String> names = new ArrayList<>();
        String table = entity.getAnnotation(Table.class).value().toUpperCase(Locale.ROOT);
        try (ResultSet tables = catalogue.getTables(null, null, "AO_%" + table, new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_SCHEM") + "." + tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}

package io.github.ratecard.store;

import java.util.Collections;

/** Small pieces of SQL the stores share. */
final class Sql {

    private Sql() {
    }

    /**
     * What ends a query whose ORDER BY is its last clause so that it returns at most as many rows as its last parameter
     * says, for the database product named: {@code LIMIT ?} on MySQL and MariaDB, the standard
     * {@code OFFSET 0 ROWS FETCH FIRST ? ROWS ONLY} on the others Jira supports (the rule Jira's worklog reads follow).
     */
    static String firstRows(String databaseProduct) {
        String product = databaseProduct == null ? "" : databaseProduct.toLowerCase(java.util.Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb") ? " LIMIT ?" : " OFFSET 0 ROWS FETCH FIRST ? ROWS ONLY";
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** {@code  IN (?, ?, ?)}, to follow a column name. */
    static String in(int count) {
        return " IN (" + placeholders(count) + ")";
    }

    /** The distinct ids (or other keys) in chunks small enough for one IN list each. */
    static <T> java.util.List<java.util.List<T>> chunks(java.util.Collection<T> ids, int size) {
        java.util.List<T> distinct = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(ids));
        java.util.List<java.util.List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < distinct.size(); from += size) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + size)));
        }
        return chunks;
    }

    /**
     * Whether the database refused a statement because a unique key was taken: SQL state 23505, or
     * 23000 with the vendor's code for it (Oracle 1, MySQL 1062, SQL Server 2627 and 2601).
     */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().equals("23505")
                        || sql.getSQLState().equals("23000") && java.util.Set.of(1, 1062, 2627, 2601).contains(sql.getErrorCode());
            }
        }
        return false;
    }

    /**
     * Whether the database refused a statement because of another transaction's row: a unique key
     * taken (SQL state class 23), a serialization failure or deadlock (class 40), or, on H2, a lock
     * timeout or a concurrent update.
     */
    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("23") || state.startsWith("40") || state.equals("HYT00") || state.equals("90131");
            }
        }
        return false;
    }
}

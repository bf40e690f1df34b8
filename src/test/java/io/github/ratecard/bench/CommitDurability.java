package io.github.ratecard.bench;

import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a commit waits for while a figure is measured, stated next to it. On PostgreSQL, {@code fsync} is
 * switched on for the figure ({@code ALTER SYSTEM} and {@code pg_reload_conf()}, as the superuser the
 * throw-away server is created for) and back to what it was on {@link #close()}; when it cannot be switched
 * on, the figure is measured anyway and the statement says so. H2 is measured as it is.
 */
final class CommitDurability implements AutoCloseable {

    private static final String AUTO_CONF = "postgresql.auto.conf";
    private static final long RELOAD_WAIT_MILLIS = 10_000;

    private final TestDatabase database;
    private final String statement;
    private final String before;
    private final boolean altered;
    private final boolean setInAutoConf;

    private CommitDurability(TestDatabase database, String statement, String before, boolean altered, boolean setInAutoConf) {
        this.database = database;
        this.statement = statement;
        this.before = before;
        this.altered = altered;
        this.setInAutoConf = setInAutoConf;
    }

    /** On PostgreSQL, fsync on until {@link #close()}; on H2, what H2 does on commit. */
    static CommitDurability fsyncOn(TestDatabase database) throws SQLException {
        if (!TestDatabase.isPostgres()) {
            return new CommitDurability(database, "H2 file database with WRITE_DELAY=0: each commit is written to the database file"
                    + " before it returns, but H2 never forces the file to disk on commit (no fsync; H2 forces it only on CHECKPOINT SYNC"
                    + " and when the database closes)", null, false, false);
        }
        try (Connection connection = database.directConnection(); Statement sql = connection.createStatement()) {
            String before;
            boolean inAutoConf;
            try (ResultSet row = sql.executeQuery("SELECT setting, sourcefile FROM pg_settings WHERE name = 'fsync'")) {
                row.next();
                before = row.getString(1);
                inAutoConf = row.getString(2) != null && row.getString(2).endsWith(AUTO_CONF);
            }
            if ("on".equals(before)) {
                return new CommitDurability(database, "PostgreSQL fsync=on (as the server runs), synchronous_commit=" + show(sql,
                        "synchronous_commit"), before, false, false);
            }
            try {
                sql.execute("ALTER SYSTEM SET fsync = on");
                sql.execute("SELECT pg_reload_conf()");
            } catch (SQLException e) {
                return new CommitDurability(database, "PostgreSQL fsync=" + before + ": could not be switched on (" + e.getMessage()
                        + "); measured as the server runs", before, false, false);
            }
            String now = awaitFsync(database, "on");
            String statement = "on".equals(now)
                    ? "PostgreSQL fsync=on for this figure (switched from " + before + " by ALTER SYSTEM SET fsync = on and pg_reload_conf(),"
                            + " back to " + before + " afterwards), synchronous_commit=" + show(sql, "synchronous_commit")
                    : "PostgreSQL fsync=" + now + ": ALTER SYSTEM SET fsync = on did not take effect (the server's command line sets it?);"
                            + " measured as the server runs";
            return new CommitDurability(database, statement, before, true, inAutoConf);
        }
    }

    String statement() {
        return statement;
    }

    /** The fsync setting in force now, as a new connection sees it (H2: none). */
    String fsyncNow() throws SQLException {
        if (!TestDatabase.isPostgres()) {
            return "n/a (H2)";
        }
        try (Connection connection = database.directConnection(); Statement sql = connection.createStatement()) {
            return show(sql, "fsync");
        }
    }

    /** Puts fsync back as it was; fails when it does not come back. */
    @Override
    public void close() throws SQLException {
        if (!altered) {
            return;
        }
        try (Connection connection = database.directConnection(); Statement sql = connection.createStatement()) {
            sql.execute(setInAutoConf ? "ALTER SYSTEM SET fsync = " + before : "ALTER SYSTEM RESET fsync");
            sql.execute("SELECT pg_reload_conf()");
        }
        String now = awaitFsync(database, before);
        if (!before.equals(now)) {
            throw new IllegalStateException("fsync did not return to " + before + ": it is " + now);
        }
    }

    /** Reloading is asynchronous: asks new connections until fsync is {@code wanted} or the wait is over; what they saw last. */
    private static String awaitFsync(TestDatabase database, String wanted) throws SQLException {
        long deadline = System.currentTimeMillis() + RELOAD_WAIT_MILLIS;
        String seen;
        do {
            try (Connection connection = database.directConnection(); Statement sql = connection.createStatement()) {
                seen = show(sql, "fsync");
            }
            if (wanted.equals(seen)) {
                sleep(500); // the pool's open sessions take the reloaded setting before their next statement
                return seen;
            }
            sleep(100);
        } while (System.currentTimeMillis() < deadline);
        return seen;
    }

    private static String show(Statement sql, String setting) throws SQLException {
        try (ResultSet row = sql.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

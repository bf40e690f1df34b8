package io.github.ratecard.sandbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Plays the cluster lock behind Jira's "run once per cluster" jobs: {@link #tryRun} runs the
 * work only while no other node of the cluster runs it, and otherwise skips it (the node that
 * holds the lock is doing the work). On PostgreSQL the lock is a session advisory lock held by
 * a connection of its own for the length of the run, so a node that dies loses it with its
 * connection, and another node takes the work over at its next run.
 */
interface SandboxClusterLock {

    /** Runs {@code work} and answers true, or answers false at once when another node holds the lock. */
    boolean tryRun(Runnable work);

    /** One process is the whole cluster: a lock in memory. */
    static SandboxClusterLock inProcess() {
        ReentrantLock lock = new ReentrantLock();
        return work -> {
            if (!lock.tryLock()) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                lock.unlock();
            }
        };
    }

    /** The processes that share the PostgreSQL schema are the cluster. */
    static SandboxClusterLock postgres(String url, String user, String password, String schema) {
        long key = lockKey(schema);
        return work -> {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                if (!advisory(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                    return false;
                }
                try {
                    work.run();
                    return true;
                } finally {
                    advisory(connection, "SELECT pg_advisory_unlock(?)", key);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The cluster lock on " + url + " is out of reach", e);
            }
        };
    }

    /**
     * The lock, with a journal of the runs it let through: a line {@code start <epoch millis>} when
     * a run begins and {@code end <epoch millis>} when it ends, appended to {@code journal}, so that
     * a test can check that the runs of several processes never overlapped.
     */
    static SandboxClusterLock journaled(SandboxClusterLock lock, java.nio.file.Path journal) {
        return work -> lock.tryRun(() -> {
            note(journal, "start");
            try {
                work.run();
            } finally {
                note(journal, "end");
            }
        });
    }

    private static void note(java.nio.file.Path journal, String event) {
        try {
            java.nio.file.Files.writeString(journal, event + " " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One advisory-lock key per schema, so that sandboxes on other schemas of the same database do not wait for each other. */
    static long lockKey(String schema) {
        long hash = 1125899906842597L;
        for (byte b : ("ratecard-background-job:" + schema).getBytes(StandardCharsets.UTF_8)) {
            hash = 31 * hash + b;
        }
        return hash;
    }

    private static boolean advisory(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}

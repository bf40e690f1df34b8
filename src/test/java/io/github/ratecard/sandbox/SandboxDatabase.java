package io.github.ratecard.sandbox;

import io.github.ratecard.testing.ao.TestDatabase;
import java.nio.file.Path;

/**
 * Where the sandbox keeps its data: an H2 file under the data directory (the default, one
 * process), or a schema of a PostgreSQL database that several sandbox processes share, as the
 * nodes of a Jira Data Center cluster share Jira's database. From system properties:
 * {@code ratecard.sandbox.db} ({@code h2} or {@code postgres}), {@code ratecard.sandbox.db.url}
 * (else {@code ratecard.db.url}, else {@code jdbc:postgresql://127.0.0.1:5432/ratecard}),
 * {@code ratecard.sandbox.db.user} and {@code .password} ({@code ratecard}) and
 * {@code ratecard.sandbox.db.schema} ({@code sandbox}).
 */
public record SandboxDatabase(String kind, String url, String user, String password, String schema) {

    public static final SandboxDatabase H2 = new SandboxDatabase("h2", null, null, null, null);

    public static SandboxDatabase postgres(String url, String schema) {
        return new SandboxDatabase("postgres", url, "ratecard", "ratecard", schema);
    }

    public static SandboxDatabase fromSystemProperties() {
        String kind = System.getProperty("ratecard.sandbox.db", "h2");
        switch (kind) {
            case "h2":
                return H2;
            case "postgres":
                return new SandboxDatabase(kind,
                        System.getProperty("ratecard.sandbox.db.url",
                                System.getProperty("ratecard.db.url", "jdbc:postgresql://127.0.0.1:5432/ratecard")),
                        System.getProperty("ratecard.sandbox.db.user", "ratecard"),
                        System.getProperty("ratecard.sandbox.db.password", "ratecard"),
                        System.getProperty("ratecard.sandbox.db.schema", "sandbox"));
            default:
                throw new IllegalArgumentException("ratecard.sandbox.db must be h2 or postgres, was: " + kind);
        }
    }

    boolean isPostgres() {
        return "postgres".equals(kind);
    }

    /** Opens the database; {@code reset} starts it empty (the H2 files are deleted by the caller). */
    TestDatabase open(Path dataDirectory, boolean reset) {
        return isPostgres() ? TestDatabase.postgresSchema(url, user, password, schema, reset) : TestDatabase.h2File(dataDirectory);
    }

    /** How the sandbox's background job runs once per cluster on this database. */
    SandboxClusterLock clusterLock() {
        return isPostgres() ? SandboxClusterLock.postgres(url, user, password, schema) : SandboxClusterLock.inProcess();
    }

    String describe() {
        return isPostgres() ? "PostgreSQL " + url + ", schema " + schema : "H2";
    }
}

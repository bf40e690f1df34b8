package io.github.ratecard.sandbox;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * How the sandbox starts, from system properties:
 * {@code ratecard.sandbox.port} (2990), {@code ratecard.sandbox.dir} (target/sandbox),
 * {@code ratecard.sandbox.reset} (false: keep the data of the last run),
 * {@code ratecard.demo.worklogs} (50000), {@code ratecard.demo.seed} (42),
 * {@code ratecard.demo.price} (true: price the demo worklogs by the back-fill job in the background),
 * {@code ratecard.sandbox.websudo} (true: admin pages and their REST calls ask administrators to confirm their password),
 * the database (see {@link SandboxDatabase}), {@code ratecard.sandbox.node} (a name for this process, {@code node-1}),
 * {@code ratecard.sandbox.jobs.batch} (5000 worklogs per back-fill batch) and {@code ratecard.sandbox.jobs.pauseMillis}
 * (0: a pause before each back-fill batch, to play a slow database), and {@code ratecard.sandbox.jobs.journal} (none: a
 * file to note the start and end of each background run in, see {@link SandboxClusterLock#journaled}).
 * {@code ratecard.sandbox.webhooks.loopback} (true: the run command, as the sandbox's administrator, allows webhooks to use http and internal addresses, so
 * that the demo endpoint reaches the sandbox's own receiver; the product allows neither unless an administrator does, see {@link DemoWebhooks}).
 */
public record SandboxConfig(int port, Path dataDirectory, boolean reset, int demoWorklogs, long seed, boolean priceDemo, boolean webSudo,
                            SandboxDatabase database, String node, int jobBatch, long jobPauseMillis, Path jobJournal) {

    static final int JOB_BATCH = 5000;

    /** A sandbox for tests: the demo data on H2, not priced in the background (tests price what they log), with secure administrator sessions. */
    public SandboxConfig(int port, Path dataDirectory, boolean reset, int demoWorklogs, long seed) {
        this(port, dataDirectory, reset, demoWorklogs, seed, false, true, SandboxDatabase.H2, "node-1", JOB_BATCH, 0, null);
    }

    /** This sandbox without secure administrator sessions, as a test site with {@code jira.websudo.is.disabled}. */
    public SandboxConfig withoutWebSudo() {
        return new SandboxConfig(port, dataDirectory, reset, demoWorklogs, seed, priceDemo, false, database, node, jobBatch, jobPauseMillis,
                jobJournal);
    }

    /** Whether the sandbox allows webhooks to its own loopback receiver (and has the demo endpoint): {@code ratecard.sandbox.webhooks.loopback}. */
    static boolean webhookLoopback() {
        return !"false".equals(System.getProperty("ratecard.sandbox.webhooks.loopback"));
    }

    public static SandboxConfig fromSystemProperties() {
        return new SandboxConfig(
                Integer.getInteger("ratecard.sandbox.port", 2990),
                Paths.get(System.getProperty("ratecard.sandbox.dir", "target/sandbox")),
                Boolean.getBoolean("ratecard.sandbox.reset"),
                Integer.getInteger("ratecard.demo.worklogs", 50_000),
                Long.getLong("ratecard.demo.seed", 42L),
                !"false".equals(System.getProperty("ratecard.demo.price")),
                !"false".equals(System.getProperty("ratecard.sandbox.websudo")),
                SandboxDatabase.fromSystemProperties(),
                System.getProperty("ratecard.sandbox.node", "node-1"),
                Integer.getInteger("ratecard.sandbox.jobs.batch", JOB_BATCH),
                Long.getLong("ratecard.sandbox.jobs.pauseMillis", 0L),
                System.getProperty("ratecard.sandbox.jobs.journal") == null ? null : Paths.get(System.getProperty("ratecard.sandbox.jobs.journal")));
    }
}

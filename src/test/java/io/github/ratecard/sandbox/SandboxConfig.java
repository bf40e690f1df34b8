package io.github.ratecard.sandbox;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * How the sandbox starts, from system properties:
 * {@code ratecard.sandbox.port} (2990), {@code ratecard.sandbox.dir} (target/sandbox),
 * {@code ratecard.sandbox.reset} (false: keep the data of the last run),
 * {@code ratecard.demo.worklogs} (50000), {@code ratecard.demo.seed} (42),
 * {@code ratecard.demo.price} (true: price the demo worklogs through the listener path in the background) and
 * {@code ratecard.sandbox.websudo} (true: admin pages and their REST calls ask administrators to confirm their password).
 */
public record SandboxConfig(int port, Path dataDirectory, boolean reset, int demoWorklogs, long seed, boolean priceDemo, boolean webSudo) {

    /** A sandbox for tests: the demo data, not priced in the background (tests price what they log), with secure administrator sessions. */
    public SandboxConfig(int port, Path dataDirectory, boolean reset, int demoWorklogs, long seed) {
        this(port, dataDirectory, reset, demoWorklogs, seed, false, true);
    }

    /** This sandbox without secure administrator sessions, as a test site with {@code jira.websudo.is.disabled}. */
    public SandboxConfig withoutWebSudo() {
        return new SandboxConfig(port, dataDirectory, reset, demoWorklogs, seed, priceDemo, false);
    }

    public static SandboxConfig fromSystemProperties() {
        return new SandboxConfig(
                Integer.getInteger("ratecard.sandbox.port", 2990),
                Paths.get(System.getProperty("ratecard.sandbox.dir", "target/sandbox")),
                Boolean.getBoolean("ratecard.sandbox.reset"),
                Integer.getInteger("ratecard.demo.worklogs", 50_000),
                Long.getLong("ratecard.demo.seed", 42L),
                !"false".equals(System.getProperty("ratecard.demo.price")),
                !"false".equals(System.getProperty("ratecard.sandbox.websudo")));
    }
}

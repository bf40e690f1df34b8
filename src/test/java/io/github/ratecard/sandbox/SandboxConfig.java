package io.github.ratecard.sandbox;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * How the sandbox starts, from system properties:
 * {@code ratecard.sandbox.port} (2990), {@code ratecard.sandbox.dir} (target/sandbox),
 * {@code ratecard.sandbox.reset} (false: keep the data of the last run),
 * {@code ratecard.demo.worklogs} (50000), {@code ratecard.demo.seed} (42) and
 * {@code ratecard.demo.price} (true: price the demo worklogs through the listener path in the background).
 */
public record SandboxConfig(int port, Path dataDirectory, boolean reset, int demoWorklogs, long seed, boolean priceDemo) {

    /** A sandbox for tests: the demo data, not priced in the background (tests price what they log). */
    public SandboxConfig(int port, Path dataDirectory, boolean reset, int demoWorklogs, long seed) {
        this(port, dataDirectory, reset, demoWorklogs, seed, false);
    }

    public static SandboxConfig fromSystemProperties() {
        return new SandboxConfig(
                Integer.getInteger("ratecard.sandbox.port", 2990),
                Paths.get(System.getProperty("ratecard.sandbox.dir", "target/sandbox")),
                Boolean.getBoolean("ratecard.sandbox.reset"),
                Integer.getInteger("ratecard.demo.worklogs", 50_000),
                Long.getLong("ratecard.demo.seed", 42L),
                !"false".equals(System.getProperty("ratecard.demo.price")));
    }
}

package io.github.ratecard.sandbox;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * How the sandbox starts, from system properties:
 * {@code ratecard.sandbox.port} (2990), {@code ratecard.sandbox.dir} (target/sandbox),
 * {@code ratecard.sandbox.reset} (false: keep the data of the last run),
 * {@code ratecard.demo.worklogs} (50000) and {@code ratecard.demo.seed} (42).
 */
public record SandboxConfig(int port, Path dataDirectory, boolean reset, int demoWorklogs, long seed) {

    public static SandboxConfig fromSystemProperties() {
        return new SandboxConfig(
                Integer.getInteger("ratecard.sandbox.port", 2990),
                Paths.get(System.getProperty("ratecard.sandbox.dir", "target/sandbox")),
                Boolean.getBoolean("ratecard.sandbox.reset"),
                Integer.getInteger("ratecard.demo.worklogs", 50_000),
                Long.getLong("ratecard.demo.seed", 42L));
    }
}

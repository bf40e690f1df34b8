package io.github.ratecard.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sandbox in a JVM of its own, started as the README's run command starts it (the test class
 * path, the settings as system properties), for tests that kill it or run several at once.
 */
public final class SandboxProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Ratecard sandbox ready at (http://\\S+):");

    private final Process process;
    private final Path output;
    private final URI url;

    private SandboxProcess(Process process, Path output, URI url) {
        this.process = process;
        this.output = output;
        this.url = url;
    }

    /** Starts a sandbox with these system properties, its output in {@code output}, and waits until it serves. */
    public static SandboxProcess start(Map<String, String> properties, Path output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath()));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(Sandbox.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(Files.readString(output));
            if (ready.find()) {
                return new SandboxProcess(process, output, URI.create(ready.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The sandbox stopped before it was ready:\n" + Files.readString(output));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("The sandbox was not ready within 3 minutes:\n" + Files.readString(output));
    }

    /** The class path of the tests, which holds the sandbox. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the sandbox printed so far. */
    public String output() throws IOException {
        return Files.readString(output);
    }

    /** {@code kill -9}: the process ends at once, without its shutdown hook. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops it the way Ctrl-C does, or kills it when it does not stop within a minute. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(1, TimeUnit.MINUTES)) {
                    kill();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}

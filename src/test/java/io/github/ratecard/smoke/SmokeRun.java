package io.github.ratecard.smoke;

import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One run of jira-smoke.sh as the user admin, with only the given RATECARD_SMOKE_ settings (and 10 s per request). */
record SmokeRun(int exitCode, String output) {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed");

    static final Path SCRIPT = Paths.get("src/test/smoke/jira-smoke.sh");

    static SmokeRun of(Sandbox sandbox, Map<String, String> environment, String... more) throws IOException, InterruptedException {
        return of(sandbox.url().toString(), environment, more);
    }

    static SmokeRun of(String baseUrl, Map<String, String> environment, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), baseUrl, "admin"));
        command.addAll(Arrays.asList(more));
        Path output = Files.createTempFile("jira-smoke", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RATECARD_SMOKE_"));
        builder.environment().putAll(environment);
        builder.environment().put("RATECARD_SMOKE_TIMEOUT", "10");
        Process process = builder.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        String printed = Files.readString(output);
        Files.delete(output);
        if (!finished) {
            process.destroyForcibly();
            throw new AssertionError("The smoke test did not finish: " + printed);
        }
        return new SmokeRun(process.exitValue(), printed);
    }

    List<String> lines() {
        return output.lines().collect(Collectors.toList());
    }

    /** The PASS and FAIL lines. */
    List<String> checks() {
        return lines().stream().filter(line -> !SUMMARY.matcher(line).matches()).collect(Collectors.toList());
    }

    List<String> checksThatDidNot(String prefix) {
        return checks().stream().filter(line -> !line.startsWith(prefix)).collect(Collectors.toList());
    }

    String summary() {
        List<String> lines = lines();
        String last = lines.get(lines.size() - 1);
        assertTrue(output, SUMMARY.matcher(last).matches());
        return last;
    }
}

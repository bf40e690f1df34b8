package io.github.ratecard.lint;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Tests reach the app through its own classes and the shared fixtures under {@code testing/}: only the
 * sandbox itself and the tests that drive it (browser, smoke) import the sandbox, so that the sandbox
 * can change without touching the app's tests.
 */
public class SandboxIsolationTest {

    private static final Path TESTS = Path.of("src/test/java/io/github/ratecard");
    private static final List<String> SANDBOX_USERS = List.of("sandbox", "browser", "smoke");
    /** Tests that use the sandbox as their HTTP host, each with its reason. */
    private static final Map<String, String> HOSTED = Map.of(
            "rest/RestFixture.java", "the REST tests call the API over HTTP on a running sandbox",
            "rest/JakartaStackCheck.java", "checks which flavour the sandbox serves after the Jakarta move");
    private static final String SANDBOX = "io.github.ratecard." + "sandbox.";
    /** An import of a sandbox class, or its full name in code. */
    private static final Pattern SANDBOX_CLASS = Pattern.compile("io\\.github\\.ratecard\\.sandbox\\.[A-Z]");

    @Test
    public void testsOutsideTheSandbox_shouldNotUseItsClasses() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = TESTS.relativize(file).toString().replace('\\', '/');
                boolean allowed = SANDBOX_USERS.contains(name.substring(0, name.indexOf('/'))) || HOSTED.containsKey(name);
                if (!allowed && SANDBOX_CLASS.matcher(Files.readString(file)).find()) {
                    found.add(name);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    public void sandboxClass_shouldBeRecognised() {
        assertEquals(true, SANDBOX_CLASS.matcher("package x;\nimport " + SANDBOX + "SandboxSession;\n").find());
        assertEquals(true, SANDBOX_CLASS.matcher("new " + SANDBOX + "SandboxSession(id -> null)").find());
        assertEquals(false, SANDBOX_CLASS.matcher("import io.github.ratecard.testing.velocity.BundleI18n;").find());
    }

    @Test
    public void everyHostedException_shouldStillExist() {
        HOSTED.keySet().forEach(name -> assertEquals(name, true, Files.exists(TESTS.resolve(name))));
    }
}

package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServlet;
import org.junit.Test;

public class SandboxLauncherTest {

    private static final Path TEST_CLASSES = location(SandboxLauncherTest.class);

    @Test(expected = ClassNotFoundException.class)
    public void classLoader_shouldNotSeeTheClassPathItWasStartedFrom() throws Exception {
        try (URLClassLoader loader = SandboxLauncher.classLoader(new URL[0], "")) {
            loader.loadClass("org.junit.Test");
        }
    }

    @Test
    public void classLoader_shouldLoadTheSandboxFromTheGivenClassPathOnTopOfTheJdk() throws Exception {
        try (URLClassLoader loader = SandboxLauncher.classLoader(new URL[] {TEST_CLASSES.toUri().toURL()}, "")) {
            Class<?> sandbox = loader.loadClass(Sandbox.class.getName());

            assertNotSame(Sandbox.class, sandbox);
            assertSame(loader, sandbox.getClassLoader());
            assertSame(String.class, loader.loadClass("java.lang.String"));
        }
    }

    @Test(expected = IllegalStateException.class)
    public void aClassPathWithTheJavaxServletApi_shouldBeRefused() throws Exception {
        URL javaxServlet = HttpServlet.class.getProtectionDomain().getCodeSource().getLocation();

        try (URLClassLoader loader = SandboxLauncher.classLoader(new URL[] {javaxServlet}, "")) {
            SandboxLauncher.requireTheJakartaStackOnly(loader);
        }
    }

    @Test
    public void aClassPathOfTheAppAndItsLibraries_shouldBeAccepted() throws Exception {
        String libraries = location(org.junit.Test.class).toString();

        try (URLClassLoader loader = SandboxLauncher.classLoader(new URL[] {TEST_CLASSES.toUri().toURL()}, libraries)) {
            SandboxLauncher.requireTheJakartaStackOnly(loader);
        }
    }

    @Test
    public void classLoader_shouldAddTheLibrariesAfterTheFirstEntries() throws Exception {
        Path first = Paths.get("first.jar").toAbsolutePath();
        String libraries = Paths.get("a.jar").toAbsolutePath() + File.pathSeparator + Paths.get("b.jar").toAbsolutePath();

        try (URLClassLoader loader = SandboxLauncher.classLoader(new URL[] {first.toUri().toURL()}, libraries)) {
            assertEquals(3, loader.getURLs().length);
            assertEquals(first.toUri().toURL(), loader.getURLs()[0]);
            assertEquals(Paths.get("b.jar").toAbsolutePath().toUri().toURL(), loader.getURLs()[2]);
        }
    }

    private static Path location(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

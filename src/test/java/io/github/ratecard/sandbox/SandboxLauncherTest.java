package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.Test;

public class SandboxLauncherTest {

    private static final Path TEST_CLASSES = Paths.get(SandboxLauncherTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());

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
}

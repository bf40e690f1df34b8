package io.github.ratecard.browser;

import io.github.ratecard.sandbox.Sandbox;
import io.github.ratecard.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/**
 * A class rule for browser tests: a sandbox with 500 demo worklogs in a throw-away folder and a
 * headless browser pointed at it, both stopped afterwards; {@link #screenshotOnFailure()} keeps a
 * picture of every failed test.
 */
final class SandboxInBrowser extends ExternalResource {

    private final int windowWidth;
    private final int windowHeight;
    private Path folder;
    private Sandbox sandbox;
    private Browser browser;

    SandboxInBrowser() {
        this(1400, 1000);
    }

    /** With the browser's window {@code width}×{@code height} pixels, e.g. a laptop's 1366×900. */
    SandboxInBrowser(int windowWidth, int windowHeight) {
        this.windowWidth = windowWidth;
        this.windowHeight = windowHeight;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    Browser browser() {
        return browser;
    }

    TestWatcher screenshotOnFailure() {
        return new TestWatcher() {
            @Override
            protected void failed(Throwable e, Description description) {
                browser.screenshot(description.getMethodName());
            }
        };
    }

    @Override
    protected void before() throws Throwable {
        folder = Files.createTempDirectory("ratecard-browser");
        sandbox = Sandbox.start(new SandboxConfig(0, folder, false, 500, 42));
        try {
            browser = Browser.open(sandbox.url().toString(), windowWidth, windowHeight);
        } catch (RuntimeException | Error e) {
            sandbox.stop();
            throw e;
        }
    }

    @Override
    protected void after() {
        if (browser != null) {
            browser.close();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("Could not remove " + folder + ": " + e);
        }
    }
}

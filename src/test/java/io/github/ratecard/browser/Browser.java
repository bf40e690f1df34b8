package io.github.ratecard.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.Assume;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Where they are not
 * installed the browser tests are skipped, except on CI ({@code CI=true}), where .ci/run
 * installs them and a missing browser is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getProperty("ratecard.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Paths.get(System.getProperty("ratecard.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(String base) throws Exception {
        return open(base, 1400, 1000);
    }

    /** A browser whose window (not its viewport) is {@code width}×{@code height} pixels. */
    static Browser open(String base, int width, int height) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assume.assumeTrue("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)", installed);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--user-data-dir=" + Files.createTempDirectory("ratecard-chromium"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    /** Opens {@code path} as the demo user {@code userKey}, in English. */
    void openAs(String userKey, String path) {
        openAs(userKey, "en", path);
    }

    /** Opens {@code path} as the demo user {@code userKey} in {@code language} (en or de). */
    void openAs(String userKey, String language, String path) {
        driver.get(base + "/sandbox/static/shell.css");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("ratecard.sandbox.user", userKey, "/"));
        driver.manage().addCookie(new Cookie("ratecard.sandbox.lang", language, "/"));
        driver.get(base + path);
    }

    /**
     * Waits until {@code element} has left the page (the page was loaded again). Chromium answers a question about a node
     * of a page being replaced either as a stale element or, at some moments, with an inspector error that the node "does
     * not belong to the document": both mean it has left.
     */
    void waitUntilGone(WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Waits until the field {@code name} of {@code form} has a value: one a page fills from an answer of its own. */
    void waitUntilFilled(WebElement form, String name) {
        waiting().until(d -> !form.findElement(org.openqa.selenium.By.name(name)).getAttribute("value").isEmpty());
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.err.println("Could not save a screenshot: " + e);
        }
    }

    /** The element the CSS selector finds; fails when there is none. */
    WebElement find(String cssSelector) {
        return driver.findElement(org.openqa.selenium.By.cssSelector(cssSelector));
    }

    java.util.List<WebElement> findAll(String cssSelector) {
        return driver.findElements(org.openqa.selenium.By.cssSelector(cssSelector));
    }

    /** Runs a script in the page, with {@code arguments} as {@code arguments[0]}, … , and returns what it returns. */
    Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** How many pixels the page is wider than its window's viewport: 0 when nothing makes it scroll sideways. */
    long horizontalOverflow() {
        return ((Number) script("var root = document.documentElement;"
                + " return Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;")).longValue();
    }

    /** The innermost elements that reach past the viewport's right edge, to say what makes a page scroll sideways. */
    String beyondTheRightEdge() {
        return String.valueOf(script("var edge = document.documentElement.clientWidth, found = [];"
                + " Array.prototype.forEach.call(document.querySelectorAll('body *'), function (e) {"
                + "   var right = e.getBoundingClientRect().right;"
                + "   if (right > edge + 0.5 && !Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > edge + 0.5; })) {"
                + "     found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                + "       + ' (right ' + Math.round(right) + ')'); } });"
                + " return found.slice(0, 8).join(', ');"));
    }

    /**
     * The errors the pages' console received since the last call (the browser log is read and emptied), but the
     * sandbox's missing favicon, which Jira has.
     */
    java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("/favicon.ico "))
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.Sandbox;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance manages webhooks in a real browser: adds an endpoint by keyboard, sees its secret once, sends a test event to the
 * sandbox's own receiver and finds the delivery in the log; a refused URL is explained next to the field.
 */
public class WebhooksBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();

    /** The sandbox's administrator allows its loopback receiver, as the run command does. */
    @BeforeClass
    public static void loopbackReceiver() {
        SANDBOX.sandbox().seedDemoWebhooks();
    }

    private String receiver() {
        return "http://127.0.0.1:" + sandbox.url().getPort() + "/sandbox/webhooks";
    }

    @Test
    public void financeAddsAnEndpointSeesTheSecretOnceSendsATestEventAndFindsItInTheLog() {
        browser.openAs("finance", "/plugins/servlet/ratecard/webhooks");
        WebElement name = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-webhook-name")));
        name.sendKeys("Books <ERP>");
        name.sendKeys(Keys.TAB);
        browser.find("#ratecard-webhook-url").sendKeys(receiver());
        browser.find("#ratecard-webhook-event-invoice-issued").sendKeys(Keys.SPACE);
        browser.find("#ratecard-webhook-event-invoice-credited").sendKeys(Keys.SPACE);
        browser.find("#ratecard-webhook-url").sendKeys(Keys.ENTER);

        WebElement secretBox = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-webhook-secret")));
        String secret = browser.find("#ratecard-webhook-secret-value").getText();
        assertTrue("a made secret: " + secret, secret.length() >= 16);
        assertTrue(secretBox.getText().contains("shown this once"));
        browser.screenshot("webhook-secret-once");
        browser.find("#ratecard-webhook-secret-done").click();

        WebElement row = browser.waiting().until(d -> d.findElements(By.cssSelector("#ratecard-webhook-endpoints tr[data-endpoint]")).stream()
                .filter(r -> r.getText().contains("Books <ERP>")).findFirst().orElse(null));
        assertFalse("the secret is never on the page again", browser.script("return document.documentElement.outerHTML").toString().contains(secret));
        assertTrue(row.getText().contains("Invoice issued (invoice.issued), Invoice credited (invoice.credited)"));

        row.findElement(By.cssSelector(".ratecard-webhook-ping")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-webhook-result")));
        assertEquals("The test event to Books <ERP> was delivered: the receiver answered 200.", browser.find("#ratecard-webhook-result-text").getText());

        browser.find("#ratecard-webhook-result-log").click();
        WebElement delivery = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-webhook-deliveries tbody tr")));
        assertTrue(delivery.getText(), delivery.getText().contains("Books <ERP>"));
        assertTrue(delivery.getText(), delivery.getText().contains("ping"));
        assertTrue(delivery.getText(), delivery.getText().toLowerCase(java.util.Locale.ROOT).contains("delivered"));
        browser.screenshot("webhook-test-event-in-log");
    }

    @Test
    public void refusedUrl_shouldBeExplainedNextToTheFieldInGerman() {
        browser.openAs("finance", "de", "/plugins/servlet/ratecard/webhooks");
        WebElement name = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-webhook-name")));
        name.sendKeys("Metadaten");
        browser.find("#ratecard-webhook-url").sendKeys("https://169.254.169.254/latest");
        browser.find("#ratecard-webhook-event-hint-raised").click();
        browser.find("#ratecard-webhook-save").click();

        WebElement error = browser.waiting().until(d -> {
            WebElement shown = d.findElement(By.id("ratecard-webhook-url-error"));
            return shown.getText().isEmpty() ? null : shown;
        });
        assertEquals("Ein Webhook darf 169.254.169.254 nie aufrufen: Der Name f\u00fchrt zu 169.254.169.254, einer Cloud-Metadatenadresse.", error.getText());
        assertEquals("true", browser.find("#ratecard-webhook-url").getAttribute("aria-invalid"));
        assertEquals("ratecard-webhook-url", browser.script("return document.activeElement.id"));
    }

    @Test
    public void hostileEndpointName_shouldRunNoScriptOnThePageNorInTheEditForm() {
        String hostile = "<img src=x onerror=\"window.__hooked=1\">";
        browser.openAs("finance", "/plugins/servlet/ratecard/webhooks");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-webhook-name"))).sendKeys(hostile);
        browser.find("#ratecard-webhook-url").sendKeys(receiver());
        browser.find("#ratecard-webhook-event-period-closed").click();
        browser.find("#ratecard-webhook-secret-input").sendKeys("a-secret-finance-chose-2026");
        browser.find("#ratecard-webhook-save").click();

        browser.waiting().until(d -> d.findElements(By.cssSelector("#ratecard-webhook-endpoints tr[data-endpoint]")).stream()
                .anyMatch(r -> r.getText().contains(hostile)));
        List<WebElement> rows = browser.findAll("#ratecard-webhook-endpoints tr[data-endpoint]");
        WebElement row = rows.stream().filter(r -> r.getText().contains(hostile)).findFirst().orElseThrow();
        row.findElement(By.cssSelector(".ratecard-webhook-edit")).click();
        assertEquals(hostile, browser.find("#ratecard-webhook-name").getAttribute("value"));
        assertEquals(null, browser.script("return window.__hooked === undefined ? null : String(window.__hooked)"));
        assertFalse("a secret finance chose is not shown either", browser.script("return document.documentElement.outerHTML").toString()
                .contains("a-secret-finance-chose-2026"));
    }
}

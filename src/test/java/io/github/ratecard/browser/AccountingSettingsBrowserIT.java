package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.sandbox.Sandbox;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Finance keeps the accounting export settings in a real browser: reaches the page from the Invoices page, saves DATEV
 * numbers, the fiscal year, a revenue and a debtor account (checked through REST); a bad value is explained next to its
 * field in German and changes nothing; a heading with markup stays text.
 */
public class AccountingSettingsBrowserIT {

    private static final String REST = "/rest/ratecard/1.0/";
    private static final String PAGE = "/plugins/servlet/ratecard/accounting-settings";

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();
    private final SandboxRest finance = new SandboxRest(sandbox.url().toString(), "finance");

    /** The console as the test finds it: a refusal an earlier test saw (a 400 in the log) is not this test's. */
    @Before
    public void emptyConsole() {
        browser.consoleErrors();
    }

    private WebElement field(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static void retype(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private WebElement revenueRowOf(String taxRate) {
        return browser.findAll(".ratecard-accounting-revenue-row").stream()
                .filter(row -> taxRate.equals(row.findElement(By.cssSelector("[data-column=taxRate]")).getAttribute("value"))).findFirst().orElseThrow();
    }

    @Test
    public void financeSavesTheSettingsReachedFromTheInvoicesPage() throws Exception {
        browser.openAs("finance", "/plugins/servlet/ratecard/invoices");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#ratecard-accounting-settings-link a"))).click();

        retype(field("ratecard-accounting-consultantNumber"), "54321");
        retype(browser.find("#ratecard-accounting-clientNumber"), "1001");
        new Select(browser.find("#ratecard-accounting-fiscalYearStart")).selectByValue("4");
        retype(revenueRowOf("19").findElement(By.cssSelector("[data-column=account]")), "8401");
        List<WebElement> debtorRows = browser.findAll(".ratecard-accounting-debtor-row");
        WebElement blank = debtorRows.get(debtorRows.size() - 1);
        blank.findElement(By.cssSelector("[data-column=accountKey]")).sendKeys("acme");
        blank.findElement(By.cssSelector("[data-column=account]")).sendKeys("12345");
        browser.find("#ratecard-accounting-settings-save").click();

        field("ratecard-accounting-settings-saved");
        browser.screenshot("accounting-settings-saved");
        JsonNode stored = finance.get(REST + "accounting/settings");
        assertEquals(54321, stored.get("consultantNumber").asInt());
        assertEquals(1001, stored.get("clientNumber").asInt());
        assertEquals(4, stored.get("fiscalYearStart").asInt());
        assertEquals("8401", revenueOf(stored, "19").get("account").asText());
        assertTrue(stored.get("debtorAccounts").toString(), stored.get("debtorAccounts").toString().contains("{\"accountKey\":\"ACME\",\"account\":\"12345\"}"));
        assertEquals("54321", browser.find("#ratecard-accounting-consultantNumber").getAttribute("value"));
        assertEquals("8401", revenueRowOf("19").findElement(By.cssSelector("[data-column=account]")).getAttribute("value"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void badConsultantNumber_shouldBeExplainedNextToTheFieldInGermanAndChangeNothing() throws Exception {
        JsonNode before = finance.get(REST + "accounting/settings");
        browser.openAs("finance", "de", PAGE);

        retype(field("ratecard-accounting-consultantNumber"), "12");
        retype(revenueRowOf("7").findElement(By.cssSelector("[data-column=account]")), "8301");
        browser.find("#ratecard-accounting-settings-save").click();

        WebElement error = browser.waiting().until(d -> {
            WebElement shown = d.findElement(By.id("ratecard-accounting-consultantNumber-error"));
            return shown.getText().isEmpty() ? null : shown;
        });
        assertEquals("DATEV-Beraternummer muss zwischen 1.001 und 9.999.999 liegen.", error.getText());
        assertEquals("true", browser.find("#ratecard-accounting-consultantNumber").getAttribute("aria-invalid"));
        assertEquals("ratecard-accounting-consultantNumber", browser.script("return document.activeElement.id"));
        browser.screenshot("accounting-settings-refused-de");
        assertEquals("the refused save changed nothing, not even the valid revenue account sent with it", before,
                finance.get(REST + "accounting/settings"));
    }

    @Test
    public void emptiedClientNumber_shouldBeRemovedAndTheConsultantNumberKept() throws Exception {
        JsonNode before = finance.get(REST + "accounting/settings");
        finance.put(REST + "accounting/settings", "{\"consultantNumber\":29098,\"clientNumber\":55003}");
        try {
            browser.openAs("finance", PAGE);
            retype(field("ratecard-accounting-clientNumber"), "");
            browser.find("#ratecard-accounting-settings-save").click();

            field("ratecard-accounting-settings-saved");
            JsonNode stored = finance.get(REST + "accounting/settings");
            assertTrue(stored.get("clientNumber").toString(), stored.get("clientNumber").isNull());
            assertEquals(29098, stored.get("consultantNumber").asInt());
            assertEquals("", browser.find("#ratecard-accounting-clientNumber").getAttribute("value"));
        } finally {
            finance.put(REST + "accounting/settings", "{\"consultantNumber\":" + (before.get("consultantNumber").isNull() ? 0
                    : before.get("consultantNumber").asInt()) + ",\"clientNumber\":" + (before.get("clientNumber").isNull() ? 0
                    : before.get("clientNumber").asInt()) + "}");
        }
    }

    @Test
    public void notAWholeNumber_shouldBeExplainedBeforeAnythingIsSent() throws Exception {
        JsonNode before = finance.get(REST + "accounting/settings");
        browser.openAs("finance", "de", PAGE);

        retype(field("ratecard-accounting-clientNumber"), "12a");
        browser.find("#ratecard-accounting-settings-save").click();

        assertEquals("DATEV-Mandantennummer muss eine ganze Zahl sein, etwa 12345; war: 12a",
                browser.find("#ratecard-accounting-clientNumber-error").getText());
        assertEquals(before, finance.get(REST + "accounting/settings"));
    }

    @Test
    public void headingWithMarkup_shouldStayTextAndRunNoScript() throws Exception {
        String hostile = "<img src=x onerror=\"window.__hooked=1\">";
        finance.put(REST + "accounting/settings", "{\"journalColumns\":[{\"field\":\"DOCUMENT\",\"heading\":" + SandboxRest.json(hostile)
                + "},{\"field\":\"ACCOUNT\",\"heading\":\"Account\"},{\"field\":\"AMOUNT\",\"heading\":\"Amount\"}]}");

        browser.openAs("finance", PAGE);

        WebElement document = field("ratecard-accounting-journal-DOCUMENT").findElement(By.xpath("ancestor::tr"));
        assertEquals(hostile, document.findElement(By.cssSelector("[data-column=heading]")).getAttribute("value"));
        assertEquals(null, browser.script("return window.__hooked === undefined ? null : String(window.__hooked)"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static JsonNode revenueOf(JsonNode settings, String taxRate) {
        for (JsonNode row : settings.get("revenueAccounts")) {
            if (taxRate.equals(row.get("taxRate").asText())) {
                return row;
            }
        }
        throw new AssertionError("no revenue account for " + taxRate + " %: " + settings);
    }
}

package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Finance works in German: numbers typed with a decimal comma are saved, a bad number is refused in German naming the field's label,
 * and the invoice's CSV comes with semicolons and decimal commas for German Excel.
 */
public class GermanInputBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Browser browser = SANDBOX.browser();

    @Test
    public void financeTypesADecimalCommaAndSeesTheSavedValue() {
        WebElement form = accountForm();
        form.findElement(By.name("key")).sendKeys("KOMMA");
        form.findElement(By.name("name")).sendKeys("Komma GmbH");
        form.findElement(By.name("currency")).sendKeys("EUR");
        WebElement tax = form.findElement(By.name("taxRatePercent"));
        tax.clear();
        tax.sendKeys("7,5");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement row = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='KOMMA']")));
        assertTrue(row.getText(), row.getText().contains("7,5 %"));
        browser.screenshot("accounts-page-de-decimal-comma");
    }

    @Test
    public void financeTypesABadNumberAndIsToldInGerman() {
        WebElement form = accountForm();
        form.findElement(By.name("key")).sendKeys("FALSCH");
        form.findElement(By.name("name")).sendKeys("Falsch AG");
        form.findElement(By.name("currency")).sendKeys("EUR");
        WebElement tax = form.findElement(By.name("taxRatePercent"));
        tax.clear();
        tax.sendKeys("sieben");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        String message = browser.waiting().until(d -> {
            WebElement box = d.findElement(By.cssSelector("#ratecard-accounts-page .ratecard-message, .ratecard-message"));
            return box.isDisplayed() && !box.getText().isBlank() ? box.getText() : null;
        });
        assertEquals("Steuersatz (%) muss eine Zahl sein, etwa 12,5; eingegeben: sieben", message);
        assertEquals("true", tax.getAttribute("aria-invalid"));
        browser.screenshot("accounts-page-de-bad-number");
    }

    @Test
    public void invoiceCsvStartsInGermanExcelStyleAndCanBeSwitched() {
        browser.openAs("agent01", "de", "/");
        Object logged = ((JavascriptExecutor) browser.driver).executeAsyncScript("var done = arguments[0];"
                + "fetch('/sandbox/api/worklogs', {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({issue: 'ACME-1', started: '2027-03-03T09:00:00Z', timeSpentSeconds: 2700})})"
                + ".then(function (r) { done(r.status); }, function (e) { done(String(e)); });");
        assertEquals(201L, ((Number) logged).longValue());
        browser.openAs("finance", "de", "/plugins/servlet/ratecard/invoices");
        browser.script("var f = document.getElementById('ratecard-draft-form'); f.accountKey.value = 'ACME'; f.from.value = '2027-03-01';"
                + "f.to.value = '2027-03-31';");
        browser.find("#ratecard-draft-form button[type=submit]").click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("?id="));
        WebElement csv = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ratecard-download-csv")));
        assertTrue(csv.getAttribute("href"), csv.getAttribute("href").contains("separator=semicolon&decimal=comma"));

        String file = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("var done = arguments[0];"
                + "fetch(document.getElementById('ratecard-download-csv').href, {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done(String(e)); });");
        String[] records = file.split("\r?\n");
        assertTrue(file, records.length > 1);
        String firstRow = records[1];
        assertTrue(firstRow, firstRow.matches(".*;-?\\d+,\\d{2};EUR;.*"));
        assertFalse(file, file.matches("(?s).*(ISSUE|USER|LEVEL|MONTH):[^;]*@\\d+.*"));

        new Select(browser.find("select[data-csv-for='ratecard-download-csv']")).selectByValue("comma-point");
        assertTrue(csv.getAttribute("href"), csv.getAttribute("href").contains("separator=comma&decimal=point"));
        browser.screenshot("invoice-page-de-csv-style");
    }

    /** The page's number reader, as the pages' scripts call it, on numbers as people write them. */
    @Test
    public void numbersAsPeopleWriteThem_shouldBecomeThePlainDecimalsTheApiTakes() {
        accountForm();
        Map<String, String> cases = Map.of("7,5|de-DE", "7.5", "1.234,50|de-DE", "1234.50", "1.234|de", "1234", "7.5|de", "7.5",
                "-12,5|de", "-12.5", "1,234.50|en", "1234.50", "7,5|en", "7,5", "sieben|de", "sieben", " 19 |de", "19");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            List<String> input = List.of(c.getKey().split("\\|"));
            Object parsed = browser.script("return window.Ratecard.parseNumber('" + input.get(0) + "', '" + input.get(1) + "');");
            assertEquals(c.getKey(), c.getValue(), parsed);
        }
        assertEquals("de", browser.script("return window.Ratecard.locale();"));
        assertEquals("01.03.26", browser.script("return window.Ratecard.formatDate('2026-03-01');"));
        assertEquals("1.234,50", browser.script("return window.Ratecard.formatNumber('1234.5', null, 2, 2);"));
        assertEquals("seventeen digits are shown as given, not as the nearest double",
                "9.999.999.999.999,9999", browser.script("return window.Ratecard.formatNumber('9999999999999.9999', null, 0, 4);"));
    }

    private WebElement accountForm() {
        browser.openAs("finance", "de", "/plugins/servlet/ratecard/rates/accounts");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-account-form")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='ACME']")));
        return form;
    }
}

package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.Sandbox;
import java.time.LocalDate;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Finance at work on the rate card pages, in a real browser against the sandbox. */
public class RateCardBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();

    @Test
    public void adminStartsABackfillAndWatchesItFinish() {
        browser.openAs("admin", "/plugins/servlet/ratecard/rates/ledger");
        WebElement prompt = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sb-websudo")));
        prompt.findElement(By.name("password")).sendKeys("admin");
        prompt.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement start = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ratecard-backfill")));
        start.click();
        // the job table is redrawn while it polls: read the value inside the wait, not from a kept element
        String progress = browser.waiting().until(d -> d.findElement(By.cssSelector("#ratecard-jobs tr[data-state='RUNNING'] progress"))
                .getAttribute("value"));
        assertEquals("0", progress);
        String progressName = browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#ratecard-jobs tr[data-job] progress")).getAttribute("aria-label"));
        assertTrue(progressName, progressName.matches("[\\d,]+ of [\\d,]+ \\(\\d+ %\\)"));
        assertTrue("an administrator keeps no settings", browser.driver.findElements(By.id("ratecard-settings-form")).isEmpty());
        assertTrue(browser.driver.findElement(By.id("ratecard-settings-finance-only")).isDisplayed());

        sandbox.runJobs();

        String done = browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement row = d.findElement(By.xpath("//table[@id='ratecard-jobs']//tr[@data-state='DONE'][td[2][normalize-space()='Back-fill']]"));
            return row.findElement(By.tagName("progress")).getAttribute("value") + " | " + row.getText();
        });
        assertTrue(done, done.startsWith("100 | "));
        assertTrue(done, done.contains("500 of 500"));
        browser.screenshot("ledger-page");
    }

    @Test
    public void financeCreatesAnAccount() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/accounts");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-account-form")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='ACME']")));

        form.findElement(By.name("key")).sendKeys("UMBRELLA");
        form.findElement(By.name("name")).sendKeys("Umbrella Corp");
        form.findElement(By.name("customerName")).sendKeys("Umbrella <script>window.pwned=1</script>");
        form.findElement(By.name("currency")).sendKeys("USD");
        new Select(form.findElement(By.name("roundingMode"))).selectByValue("NEAREST");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement row = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='UMBRELLA']")));
        assertTrue(row.getText(), row.getText().contains("Umbrella Corp"));
        assertTrue(row.getText(), row.getText().contains("USD"));
        assertTrue(row.getText(), row.getText().contains("15 min To the nearest"));
        assertEquals(null, ((JavascriptExecutor) browser.driver).executeScript("return window.pwned;"));
        browser.screenshot("accounts-page");
    }

    @Test
    public void financeGivesAnAccountTheClientsAddressVatNumberAndPaymentDays() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/accounts");
        WebElement acme = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='ACME']")));
        acme.findElement(By.xpath("./td[last()]/button")).click();
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-invoicing-form")));
        form.findElement(By.name("city")).sendKeys("Lyon");
        form.findElement(By.name("country")).sendKeys("FR");
        form.findElement(By.name("vatId")).sendKeys("FR 40303265045");
        form.findElement(By.name("paymentDays")).sendKeys("30");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratecard-message")));

        browser.openAs("finance", "/plugins/servlet/ratecard/rates/accounts");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='ACME']")))
                .findElement(By.xpath("./td[last()]/button")).click();
        WebElement again = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-invoicing-form")));
        browser.waiting().until(d -> !again.findElement(By.name("vatId")).getAttribute("value").isEmpty());

        assertEquals("FR40303265045", again.findElement(By.name("vatId")).getAttribute("value"));
        assertEquals("Lyon", again.findElement(By.name("city")).getAttribute("value"));
        assertEquals("30", again.findElement(By.name("paymentDays")).getAttribute("value"));
    }

    @Test
    public void financeAddsABillRateFromNextMonthAndThePreviousOneCloses() {
        LocalDate firstOfNextMonth = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/bill?account=ACME");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-bill-rates tr[data-rate-id]")));
        String openRateId = openEndedRow("58 EUR").getAttribute("data-rate-id");

        WebElement form = browser.driver.findElement(By.id("ratecard-bill-form"));
        browser.waitUntilFilled(form, "currency");
        form.findElement(By.name("amount")).sendKeys("61.25");
        setDate(form.findElement(By.name("validFrom")), firstOfNextMonth.toString());
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ratecard-impact-confirm"))).click();

        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.xpath("//tr[td[contains(., '61.25 EUR')]]")).size() == 1);
        String closedOn = browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d
                .findElement(By.cssSelector("tr[data-rate-id='" + openRateId + "'] input[name='validTo']")).getAttribute("value"));
        assertEquals(firstOfNextMonth.minusDays(1).toString(), closedOn);
        browser.screenshot("bill-rates-page");
    }

    @Test
    public void billRatesNameTheirLevelAlsoWhenTheLevelsAnswerLast() {
        // the level list answers 1.5 s late, after the rates: a rate must still name its level, never "#id"
        Map<String, Object> slowLevels = ((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of(
                "source", "(function () { var fetch = window.fetch; window.fetch = function (url) { var answer = fetch.apply(this, arguments);"
                        + " return /\\/levels$/.test(String(url)) ? answer.then(function (r) { return new Promise(function (done) {"
                        + " setTimeout(function () { done(r); }, 1500); }); }) : answer; }; })();"));
        try {
            browser.openAs("finance", "/plugins/servlet/ratecard/rates/bill?account=ACME");

            WebElement levelRate = browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                    d.findElements(By.xpath("//table[@id='ratecard-bill-rates']//tr[td[contains(., '68 EUR')]]")).stream().findFirst().orElse(null));
            assertEquals("ACME / Agent L2", levelRate.findElement(By.xpath("./td[2]")).getText());
        } finally {
            ((ChromeDriver) browser.driver).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", slowLevels.get("identifier")));
        }
    }

    @Test
    public void financeSeesAClearErrorForAnOverlappingRate() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/bill?account=GLOBEX");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-bill-rates tr[data-rate-id]")));
        WebElement form = browser.driver.findElement(By.id("ratecard-bill-form"));
        browser.waitUntilFilled(form, "currency");

        form.findElement(By.name("amount")).sendKeys("99");
        setDate(form.findElement(By.name("validFrom")), "2026-09-01");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratecard-message.ratecard-error")));
        assertTrue(message.getText(), message.getText().contains("overlaps"));
        assertTrue(form.findElement(By.name("validFrom")).getAttribute("class").contains("ratecard-invalid"));
        assertEquals(0, browser.driver.findElements(By.xpath("//tr[td[contains(., '99 USD')]]")).size());
        browser.screenshot("overlap-error");
    }

    @Test
    public void financeSeesWhoHoldsWhichLevel() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/levels");

        WebElement holders = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-holders tr.ratecard-current")));
        String levels = browser.driver.findElement(By.id("ratecard-levels")).getText();
        assertTrue(levels, levels.contains("Agent L1") && levels.contains("Agent L2") && levels.contains("Team lead"));
        assertTrue(holders.getText(), holders.getText().contains("current"));
        browser.screenshot("levels-page");
    }

    @Test
    public void financeSeesCostRatesInTheBaseCurrency() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/cost");

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ratecard-base-currency"), "EUR"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ratecard-cost-rates"), "25.5 EUR"));
        browser.screenshot("cost-rates-page");
    }

    @Test
    public void financeReadsTheRateCardInGerman() {
        browser.openAs("finance", "de", "/plugins/servlet/ratecard/rates/bill?account=INITECH");

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ratecard-bill-rates"), "8.000 JPY"));
        String page = browser.driver.findElement(By.id("ratecard-bill-page")).getText();
        assertTrue(page, page.contains("Abrechnungss\u00e4tze") && page.contains("G\u00fcltig ab") && page.contains("Kontostandard"));
        browser.screenshot("bill-rates-german");
    }

    @Test
    public void agentsCannotOpenTheRateCardAndAreShownTheWayBackInsideJirasFrame() {
        browser.openAs("agent01", "/plugins/servlet/ratecard/rates/accounts");

        WebElement page = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-error-page")));
        assertEquals("403", page.getAttribute("data-status"));
        assertTrue(page.getText(), page.getText().contains("You cannot open this page"));
        assertTrue(browser.driver.findElement(By.id("header")).isDisplayed());
        assertTrue(browser.driver.getPageSource(), !browser.driver.getPageSource().contains("HTTP ERROR"));
        browser.screenshot("forbidden-page");
        browser.driver.findElement(By.id("ratecard-error-back")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/$"));
    }

    @Test
    public void agentsAreRefusedTheLedgerInGermanToo() {
        browser.openAs("agent01", "de", "/plugins/servlet/ratecard/rates/ledger");

        WebElement page = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-error-page")));
        assertTrue(page.getText(), page.getText().contains("Diese Seite k\u00f6nnen Sie nicht \u00f6ffnen"));
        assertTrue(page.getText(), page.getText().contains("Zur\u00fcck zu Jira"));
        browser.screenshot("forbidden-page-german");
    }

    @Test
    public void financeFollowsTheLedgerJobsButIsOfferedNoBackfill() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/ledger");

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-jobs-admin-only")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-settings-form input[name='baseCurrency']")));
        browser.waiting().until(d -> "EUR".equals(d.findElement(By.name("baseCurrency")).getAttribute("value")));
        assertTrue(browser.driver.findElements(By.id("ratecard-backfill")).isEmpty());
        assertTrue(browser.driver.findElements(By.cssSelector(".ratecard-message.ratecard-error")).stream().noneMatch(WebElement::isDisplayed));
        browser.screenshot("ledger-page-finance");
    }

    @Test
    public void jirasLook_accountStatesAreAuiLozenges() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/accounts");
        WebElement lozenge = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-account='ACME'] td:nth-child(6) .aui-lozenge.aui-lozenge-success")));

        Object auiSheets = ((JavascriptExecutor) browser.driver).executeScript(
                "return Array.prototype.filter.call(document.styleSheets, function (s) { return s.href && s.href.indexOf('aui-prototyping.css') > 0"
                        + " && s.cssRules.length > 0; }).length;");
        assertEquals(1L, auiSheets);
        assertEquals("Open", lozenge.getAttribute("textContent"));
        // AUI draws a lozenge as an upper-case, bold, inline block; a bare span is none of these
        assertEquals("uppercase", lozenge.getCssValue("text-transform"));
        assertEquals("inline-block", lozenge.getCssValue("display"));
        assertTrue(lozenge.getCssValue("font-weight"), Integer.parseInt(lozenge.getCssValue("font-weight")) >= 600);
        // and AUI's script ran on the jQuery before it
        assertEquals("function", ((JavascriptExecutor) browser.driver).executeScript("return typeof window.AJS.flag;"));
    }

    private WebElement openEndedRow(String amountText) {
        for (WebElement row : browser.driver.findElements(By.cssSelector("#ratecard-bill-rates tr[data-rate-id]"))) {
            if (row.getText().contains(amountText) && row.findElement(By.name("validTo")).getAttribute("value").isEmpty()) {
                return row;
            }
        }
        throw new AssertionError("No open-ended rate of " + amountText);
    }

    private void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }
}

package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.money.Money;
import io.github.ratecard.sandbox.Sandbox;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance changes a bill rate at 1366×900 on a priced ledger: the page first shows, in an AUI
 * dialog, how many uninvoiced worklogs the change prices again and how the bill moves; Cancel
 * changes nothing; Confirm makes the change, and once its re-pricing ran the ledger moved exactly
 * as the dialog said.
 */
public class ImpactPreviewBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();

    @BeforeClass
    public static void priceTheDemoLedger() {
        SANDBOX.sandbox().priceAndSeedDemo();
        SANDBOX.sandbox().runJobs();
    }

    @Before
    public void screenOfALaptop() {
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    public void newBillRate_shouldShowItsImpactAndChangeNothingOnCancelAndDoWhatItSaidOnConfirm() {
        List<LedgerEntry> before = ledger();
        int jobs = sandbox.jobs().recent(100).size();

        String words = submitRate("61.25", "2026-09-01");
        browser.screenshot("impact-dialog");
        browser.find("#ratecard-impact-cancel").click();

        browser.waiting().until(d -> d.findElements(By.id("ratecard-impact-dialog")).isEmpty());
        assertEquals(0, browser.driver.findElements(By.xpath("//table[@id='ratecard-bill-rates']//tr[td[contains(., '61.25 EUR')]]")).size());
        assertEquals(before, ledger());
        assertEquals(jobs, sandbox.jobs().recent(100).size());

        assertEquals(words, submitRate("61.25", "2026-09-01"));
        browser.find("#ratecard-impact-confirm").click();
        browser.waiting().until(d -> d.findElements(By.xpath("//table[@id='ratecard-bill-rates']//tr[td[contains(., '61.25 EUR')]]")).size() == 1);
        sandbox.runJobs();
        List<LedgerEntry> after = ledger();

        Map<Long, LedgerEntry> now = after.stream().collect(Collectors.toMap(LedgerEntry::worklogId, Function.identity()));
        long repriced = before.stream().filter(e -> !e.invoiced() && !samePrice(e, now.get(e.worklogId())))
                .count();
        long billBefore = billMinor(before);
        long billAfter = billMinor(after);
        assertTrue(repriced > 0);
        assertTrue(words, words.contains(repriced + " uninvoiced worklogs will be priced again."));
        assertTrue(words, words.contains("Bill +" + euros(billAfter - billBefore)));
    }

    @Test
    public void doubleClickOnSave_shouldOpenOneDialogAndAddOneRate() throws InterruptedException {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/bill?account=ACME");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-bill-rates tr[data-rate-id]")));
        WebElement form = browser.driver.findElement(By.id("ratecard-bill-form"));
        browser.waitUntilFilled(form, "currency");
        form.findElement(By.name("amount")).sendKeys("62.75");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("validFrom")), "2026-11-16");

        new Actions(browser.driver).doubleClick(form.findElement(By.cssSelector("button[type='submit']"))).perform();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ratecard-impact-confirm")));
        Thread.sleep(1500);

        assertEquals(1, browser.driver.findElements(By.id("ratecard-impact-dialog")).size());
        browser.find("#ratecard-impact-confirm").click();
        By added = By.xpath("//table[@id='ratecard-bill-rates']//tr[td[contains(., '62.75 EUR')]]");
        browser.waiting().until(d -> d.findElements(added).size() == 1);
        Thread.sleep(1500);
        assertEquals(0, browser.driver.findElements(By.id("ratecard-impact-dialog")).size());
        assertEquals(1, browser.driver.findElements(added).size());
        assertEquals(0, browser.driver.findElements(By.cssSelector(".ratecard-message.ratecard-error:not([hidden])")).size());
    }

    private String submitRate(String amount, String validFrom) {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/bill?account=ACME");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-bill-rates tr[data-rate-id]")));
        WebElement form = browser.driver.findElement(By.id("ratecard-bill-form"));
        browser.waitUntilFilled(form, "currency");
        form.findElement(By.name("amount")).sendKeys(amount);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("validFrom")), validFrom);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-impact-dialog")));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ratecard-impact-confirm")));
        return dialog.findElement(By.id("ratecard-impact-words")).getText();
    }

    private List<LedgerEntry> ledger() {
        return sandbox.ledger().affectedEntries(AffectedWork.everything("test"), 0, 1_000_000);
    }

    private static boolean samePrice(LedgerEntry a, LedgerEntry b) {
        return b != null && java.util.Objects.equals(a.bill(), b.bill()) && java.util.Objects.equals(a.cost(), b.cost())
                && java.util.Objects.equals(a.billRateId(), b.billRateId()) && java.util.Objects.equals(a.costRateId(), b.costRateId())
                && a.status() == b.status() && java.util.Objects.equals(a.accountKey(), b.accountKey());
    }

    private static long billMinor(List<LedgerEntry> entries) {
        return entries.stream().filter(e -> !e.invoiced() && e.bill() != null && e.bill().currency().getCurrencyCode().equals("EUR"))
                .mapToLong(e -> e.bill().minorUnits()).sum();
    }

    private static String euros(long minor) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(Money.ofMinor(minor, "EUR").toDecimal());
    }
}

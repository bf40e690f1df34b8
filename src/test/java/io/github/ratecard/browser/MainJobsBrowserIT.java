package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The four main jobs, each one path through the pages as the person who does it, at a laptop's
 * 1366×900 window in English and German: finance sets up a client; an agent logs work and sees it
 * priced; the lead reads a budget; finance drafts, issues and exports a month. On every page it
 * visits the test checks that nothing makes the page scroll sideways and that the page speaks the
 * language (words from the bundle, so an untranslated page fails), and keeps a screenshot named
 * {@code <job>-<language>-<step>.png} under target/browser-screenshots. Each language works on
 * clients of its own.
 */
@RunWith(Parameterized.class)
public class MainJobsBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser(1366, 900);

    @Parameterized.Parameter
    public String language;

    @Parameterized.Parameters(name = "{0}")
    public static List<String> languages() {
        return List.of("en", "de");
    }

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Browser browser = SANDBOX.browser();
    private final SandboxRest finance = new SandboxRest(SANDBOX.sandbox().url().toString(), "finance");
    private PageWords words;

    @BeforeClass
    public static void priceTheDemo() {
        SANDBOX.sandbox().priceAndSeedDemo();
    }

    @Before
    public void wordsOfTheLanguage() {
        words = PageWords.of(language);
        assertEquals("the window of a laptop", List.of(1366L, 900L), browser.script("return [window.outerWidth, window.outerHeight];"));
    }

    @Test
    public void financeSetsUpAClient() throws Exception {
        String key = "NORDLICHT_" + language.toUpperCase(Locale.ROOT);
        browser.openAs("finance", language, "/plugins/servlet/ratecard/rates/accounts");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-account-form")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='ACME']")));
        visited("client", "accounts", "ratecard.accounts.title", "ratecard.accounts.new", "ratecard.accounts.link.title");

        form.findElement(By.name("key")).sendKeys(key);
        form.findElement(By.name("name")).sendKeys("Nordlicht");
        form.findElement(By.name("customerName")).sendKeys("Nordlicht Logistik GmbH");
        form.findElement(By.name("currency")).sendKeys("EUR");
        WebElement tax = form.findElement(By.name("taxRatePercent"));
        tax.clear();
        tax.sendKeys("19");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='" + key + "']")));

        WebElement link = browser.find("#ratecard-link-form");
        link.findElement(By.name("projectKey")).sendKeys("ACMEDEV");
        link.findElement(By.name("accountKey")).sendKeys(key);
        link.findElement(By.cssSelector("button[type='submit']")).click();
        confirmingAnyPreview(d -> accountRow(key).getText().contains("ACMEDEV"));

        browser.openAs("finance", language, "/plugins/servlet/ratecard/rates/accounts");
        String saved = browser.waiting().until(d -> {
            String text = accountRow(key).getText();
            return text.contains("ACMEDEV") ? text : null;
        });
        assertTrue(saved, saved.contains("Nordlicht Logistik GmbH") && saved.contains("EUR"));
        String taxRate = accountRow(key).findElement(By.cssSelector("td.ratecard-money")).getText();
        assertEquals(taxRate, 0, new BigDecimal("19").compareTo(new BigDecimal(taxRate.replaceAll("[^0-9.,]", "").replace(',', '.'))));
        visited("client", "account-saved", "ratecard.accounts.title");

        browser.openAs("finance", language, "/plugins/servlet/ratecard/rates/bill?account=" + key);
        WebElement rateForm = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-bill-form")));
        browser.waiting().until(d -> "EUR".equals(rateForm.findElement(By.name("currency")).getAttribute("value")));
        visited("client", "bill-rates", "ratecard.bill.title", "ratecard.bill.new");
        rateForm.findElement(By.name("amount")).sendKeys("92");
        browser.script("arguments[0].value = '2026-11-01';", rateForm.findElement(By.name("validFrom")));
        rateForm.findElement(By.cssSelector("button[type='submit']")).click();
        confirmingAnyPreview(d -> !d.findElements(By.cssSelector("#ratecard-bill-rates tr[data-rate-id]")).isEmpty());

        browser.openAs("finance", language, "/plugins/servlet/ratecard/rates/bill?account=" + key);
        WebElement rate = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-bill-rates tr[data-rate-id]")));
        assertEquals(0, new BigDecimal("92").compareTo(ShownNumber.of(rate.findElement(By.cssSelector(".ratecard-money")).getText(), language)));
        assertTrue(rate.getText(), rate.getText().contains("EUR"));
        assertEquals("2026-11-01", rate.findElement(By.name("validFrom")).getAttribute("value"));
        visited("client", "bill-rate-saved", "ratecard.bill.title");

        JsonNode applies = finance.get("/rest/ratecard/1.0/rates/resolve?user=agent01&project=ACMEDEV&account=" + key + "&date=2026-11-16");
        assertEquals(0, new BigDecimal("92").compareTo(new BigDecimal(applies.get("bill").get("amount").asText())));
    }

    @Test
    public void agentLogsWorkAndSeesItPriced() throws Exception {
        BigDecimal rate = new BigDecimal("84.40");
        String account = client("FJORD_", rate, "ACME");
        String issue = issueBillingTo(account, "Nightly export to the warehouse fails");

        browser.openAs("agent01", language, "/browse/" + issue);
        WebElement logWork = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sb-log-work-form")));
        visited("logwork", "issue", "ratecard.panel.account");
        logWork.findElement(By.name("timeSpent")).sendKeys("1h 20m");
        browser.script("arguments[0].value = '2026-11-16T10:00';", logWork.findElement(By.name("started")));
        logWork.findElement(By.name("comment")).sendKeys("Restarted the export job");
        logWork.findElement(By.cssSelector("button[type='submit']")).click();

        browser.waitUntilGone(logWork);
        WebElement bill = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-panel-bill")));
        // 80 minutes bill as 90 in the account's 15-minute steps, rounded up
        BigDecimal billedHours = BigDecimal.valueOf((80 + 14) / 15 * 15).divide(BigDecimal.valueOf(60), 4, RoundingMode.UNNECESSARY);
        BigDecimal expected = rate.multiply(billedHours).setScale(2, RoundingMode.HALF_UP);
        assertEquals(bill.getText(), 0, expected.compareTo(ShownNumber.of(bill.getText(), language)));
        assertTrue(bill.getText(), bill.getText().contains("\u20ac"));
        assertEquals("1h 20m / 1h 30m", browser.find("#ratecard-panel-time").getText());
        assertTrue(browser.find("#ratecard-panel-account").getText().contains("(" + account + ")"));
        assertTrue("an agent sees no cost", browser.findAll("#ratecard-panel-cost").isEmpty());
        visited("logwork", "priced", "ratecard.panel.billAmount", "ratecard.panel.workedBilled");
        assertEquals("pixels the panel reaches past the side column", 0L, browser.script("var side = document.querySelector('.sb-issue-side')"
                + ".getBoundingClientRect().right; return Array.prototype.reduce.call(document.querySelectorAll('#ratecard-cost-panel *'),"
                + " function (most, e) { return Math.max(most, Math.ceil(e.getBoundingClientRect().right - side)); }, 0);"));
    }

    @Test
    public void leadReadsTheBudget() throws Exception {
        SandboxRest lead = finance.as("lead");
        JsonNode budget = lead.get("/rest/ratecard/1.0/budgets?scopeKind=PROJECT&scopeKey=GLX").get(0);
        BigDecimal amount = new BigDecimal(budget.get("amount").get("amount").asText());
        String asOf = "2026-10-15";
        BigDecimal actual = new LedgerSums(lead).costWithOverhead("GLX", budget.get("from").asText(), asOf, new BigDecimal("0.15"))
                .add(new LedgerSums(lead).expenses("GLX", budget.get("from").asText(), asOf));

        browser.openAs("lead", language, "/plugins/servlet/ratecard/budgets?project=GLX&asOf=" + asOf);
        WebElement actualTile = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-tile-actual")));
        visited("budget", "project", "ratecard.budget.tile.actual", "ratecard.budget.tile.forecast", "ratecard.budget.chart.actual");

        assertEquals(0, actual.compareTo(ShownNumber.of(actualTile.findElement(By.className("ratecard-tile-value")).getText(), language)));
        assertEquals(0, amount.compareTo(ShownNumber.of(browser.find("#ratecard-tile-budget .ratecard-tile-value").getText(), language)));
        BigDecimal consumed = actual.multiply(BigDecimal.valueOf(100)).divide(amount, 2, RoundingMode.HALF_UP);
        BigDecimal shownConsumed = ShownNumber.of(actualTile.findElement(By.className("ratecard-tile-note")).getText(), language);
        assertTrue(shownConsumed + " % of " + consumed + " %", shownConsumed.subtract(consumed).abs().compareTo(new BigDecimal("0.05")) <= 0);
        assertTrue("a healthy budget", actualTile.getAttribute("class").contains("ratecard-state-ok"));
        assertTrue(browser.find("#ratecard-budget-period").getText().contains("2026"));
    }

    @Test
    public void financeDraftsIssuesAndExportsAMonth() throws Exception {
        BigDecimal rate = new BigDecimal("76");
        String account = client("KESTREL_", rate, "ACME");
        finance.put("/rest/ratecard/1.0/accounts/" + account + "/invoicing", "{\"street\":\"Hafenstra\u00dfe 4\",\"postalCode\":\"20457\","
                + "\"city\":\"Hamburg\",\"country\":\"DE\",\"vatId\":\"\",\"paymentDays\":14,\"language\":\"" + language + "\"}");
        String issue = issueBillingTo(account, "Monthly support for the Hamburg queue");
        long billedMinutes = 0;
        for (String[] work : new String[][] {{"2026-11-03", "60"}, {"2026-11-10", "50"}, {"2026-11-24", "95"}}) {
            finance.as("agent01").post("/sandbox/api/worklogs", "{\"issue\":\"" + issue + "\",\"started\":\"" + work[0] + "T09:00:00Z\","
                    + "\"timeSpentSeconds\":" + Long.parseLong(work[1]) * 60 + "}");
            billedMinutes += (Long.parseLong(work[1]) + 14) / 15 * 15;
        }
        BigDecimal subtotal = rate.multiply(BigDecimal.valueOf(billedMinutes)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        BigDecimal total = subtotal.add(subtotal.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP));

        browser.openAs("finance", language, "/plugins/servlet/ratecard/invoices");
        WebElement draftForm = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-draft-form")));
        visited("invoice", "invoices", "ratecard.invoice.title", "ratecard.invoice.newDraft");
        new Select(draftForm.findElement(By.name("accountKey"))).selectByValue(account);
        browser.script("arguments[0].value = '2026-11-01'; arguments[1].value = '2026-11-30';", draftForm.findElement(By.name("from")),
                draftForm.findElement(By.name("to")));
        draftForm.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-invoice-tabs")));
        assertEquals(0, subtotal.compareTo(tile("subtotal")));
        assertEquals(0, total.compareTo(tile("total")));
        visited("invoice", "draft", "ratecard.invoice.issueButton", "ratecard.invoice.subtotal", "ratecard.invoice.total");

        browser.find("#ratecard-issue").click();
        var confirm = browser.waiting().until(ExpectedConditions.alertIsPresent());
        assertEquals(words.text("ratecard.invoice.confirmIssue"), confirm.getText());
        confirm.accept();
        String number = browser.waiting().until(d -> {
            String title = d.findElement(By.id("ratecard-invoice-title")).getText();
            return title.matches("(?s).*" + account + "-2026-\\d{4}.*") ? title.replaceAll("(?s).*(" + account + "-2026-\\d{4}).*", "$1") : null;
        });
        assertEquals(0, total.compareTo(tile("total")));
        visited("invoice", "issued", "ratecard.invoice.download", "ratecard.invoice.total");

        InvoiceFiles files = new InvoiceFiles(finance, PageWords.of("en"), PageWords.of(language));
        InvoiceFiles.Spreadsheet xlsx = files.spreadsheet(browser.find("#ratecard-download-xlsx").getAttribute("href"));
        assertEquals(number, xlsx.sheetName());
        assertEquals(0, tile("total").compareTo(xlsx.total()));
        assertEquals(0, tile("subtotal").compareTo(xlsx.detailSum()));
        assertEquals(0, tile("subtotal").compareTo(files.csvAmounts(browser.find("#ratecard-download-csv").getAttribute("href"))));
    }

    /** A summary tile of the invoice page as a number. */
    private BigDecimal tile(String id) {
        return ShownNumber.of(browser.find("#ratecard-invoice-" + id + " .ratecard-tile-value").getText(), language);
    }

    /** A new client in EUR, billed in 15-minute steps rounded up, 19 % tax, with one rate from November 2026, linked to the project. */
    private String client(String prefix, BigDecimal rate, String project) throws Exception {
        String key = prefix + language.toUpperCase(Locale.ROOT);
        finance.post("/rest/ratecard/1.0/accounts", "{\"key\":\"" + key + "\",\"name\":\"" + key + "\",\"currency\":\"EUR\",\"category\":\"BILLABLE\","
                + "\"billedTime\":{\"incrementMinutes\":15,\"roundingMode\":\"UP\",\"minimumMinutes\":0},\"taxRatePercent\":\"19\"}");
        finance.post("/rest/ratecard/1.0/projects/" + project + "/accounts", "{\"accountKey\":\"" + key + "\",\"isDefault\":false}");
        finance.post("/rest/ratecard/1.0/rates/bill", "{\"scope\":\"ACCOUNT\",\"accountKey\":\"" + key + "\",\"amount\":\"" + rate.toPlainString()
                + "\",\"currency\":\"EUR\",\"validFrom\":\"2026-11-01\"}");
        return key;
    }

    /** A new ACME issue assigned to agent01 whose Account field names the account, set by the lead as on Jira's edit screen. */
    private String issueBillingTo(String account, String summary) throws Exception {
        SandboxRest lead = finance.as("lead");
        String issue = lead.post("/sandbox/api/issues", "{\"project\":\"ACME\",\"summary\":" + SandboxRest.json(summary)
                + ",\"assignee\":\"agent01\"}").get("key").asText();
        lead.put("/sandbox/api/issues/" + issue + "/fields", "{\"account\":\"" + account + "\"}");
        return issue;
    }

    /**
     * Waits until the change is done; a change that may price work again first shows what it would
     * do in a dialog, confirmed here with its Confirm button (a new client's link or rate re-prices nothing).
     */
    private void confirmingAnyPreview(java.util.function.Function<WebDriver, Boolean> done) {
        browser.waiting().until(d -> {
            for (WebElement confirm : d.findElements(By.id("ratecard-impact-confirm"))) {
                if (confirm.isDisplayed()) {
                    confirm.click();
                    return false;
                }
            }
            return done.apply(d);
        });
    }

    private WebElement accountRow(String key) {
        return browser.find("tr[data-account='" + key + "']");
    }

    /**
     * What every visited page must be: in the window without sideways scrolling, in the viewer's
     * language (the bundle's words for {@code keys} are on it), and kept as a screenshot.
     */
    private void visited(String job, String step, String... keys) {
        browser.screenshot(job + "-" + language + "-" + step);
        assertEquals(step + ": pixels the page is wider than the window (" + browser.beyondTheRightEdge() + ")", 0, browser.horizontalOverflow());
        String page = browser.find("body").getText();
        for (String key : keys) {
            String text = words.text(key);
            assertTrue(step + ": \"" + text + "\" (" + key + ") is not on the page", page.contains(text));
        }
    }
}

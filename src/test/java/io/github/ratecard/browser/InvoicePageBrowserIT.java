package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Finance's invoice page at 1366×900, in English and German: a double click drafts once; the
 * summary and Issue fit the first screen of a busy month's draft (every Acme issue a line); the
 * tables are paged in tabs; issuing opens the invoice at its top with a flag. Each language drafts
 * months of its own.
 */
@RunWith(Parameterized.class)
public class InvoicePageBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SCREEN_HEIGHT = 900;
    /** Every issue of the demo's Acme project: a line each. */
    private static final int ISSUES = 60;

    @Parameterized.Parameter
    public String language;

    @Parameterized.Parameters(name = "{0}")
    public static List<String> languages() {
        return List.of("en", "de");
    }

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();

    @Before
    public void screenOfALaptop() {
        browser.driver.manage().window().setSize(new Dimension(1366, SCREEN_HEIGHT));
    }

    @Test
    public void doubleClickOnDraftTheInvoice_shouldCreateOneDraft() {
        String month = language.equals("en") ? "2026-09" : "2026-08";
        browser.openAs("finance", language, "/plugins/servlet/ratecard/invoices");
        fillDraftForm(month + "-01", month + "-30");

        new Actions(browser.driver).doubleClick(browser.find("#ratecard-draft-form button[type=submit]")).perform();

        browser.waiting().until(d -> d.getCurrentUrl().contains("?id="));
        browser.openAs("finance", language, "/plugins/servlet/ratecard/invoices?account=ACME&status=DRAFT&from=" + month + "-01&to=" + month + "-30");
        assertEquals(1, browser.findAll("#ratecard-invoices tbody tr").size());
    }

    @Test
    public void draftOfABusyMonth_shouldShowItsSummaryAndIssueOnTheFirstScreen() throws Exception {
        String month = language.equals("en") ? "2027-05" : "2027-06";
        for (int issue = 1; issue <= ISSUES; issue++) {
            for (int day = 3; day <= 4; day++) {
                post("/sandbox/api/worklogs", "{\"issue\":\"ACME-" + issue + "\",\"started\":\"" + month + "-0" + day
                        + "T09:00:00Z\",\"timeSpentSeconds\":2700}");
            }
        }
        openDraft(month + "-01", month + "-28");

        long issueTop = ((Number) browser.script("return document.getElementById('ratecard-issue').getBoundingClientRect().bottom + window.scrollY;"))
                .longValue();
        long totalTop = ((Number) browser.script("return document.getElementById('ratecard-invoice-total').getBoundingClientRect().bottom"
                + " + window.scrollY;")).longValue();
        long height = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
        long screen = ((Number) browser.script("return window.innerHeight;")).longValue();
        browser.screenshot("invoice-draft-" + language);

        assertTrue("Issue ends at y=" + issueTop + " of a first screen of " + screen, issueTop < screen);
        assertTrue("the total ends at y=" + totalTop + " of a first screen of " + screen, totalTop < screen);
        assertTrue("the page is " + height + " px tall", height < 4 * SCREEN_HEIGHT);
        assertTrue(browser.find("#ratecard-lines-paging").getText().contains("1\u201350 / 60"));
    }

    @Test
    public void workTab_shouldShowTheWorklogsFiftyAtATimeWithANextPage() throws Exception {
        String month = language.equals("en") ? "2027-03" : "2027-04";
        for (int day = 1; day <= 28; day++) {
            for (int hour = 9; hour <= 10; hour++) {
                post("/sandbox/api/worklogs", "{\"issue\":\"ACME-3\",\"started\":\"" + month + "-" + String.format("%02d", day) + "T" + String.format("%02d", hour)
                        + ":00:00Z\",\"timeSpentSeconds\":1800}");
            }
        }
        openDraft(month + "-01", month + "-28");
        browser.find("a[data-tab=work]").click();
        String first = browser.find("#ratecard-entries-paging").getText();

        browser.find("#ratecard-entries-paging a[rel=next]").click();

        browser.waiting().until(d -> d.getCurrentUrl().contains("entries=50"));
        assertTrue(first, first.contains("1\u201350 / 56"));
        assertEquals(6, browser.findAll("#ratecard-invoice-entries tbody tr").size());
        assertTrue(browser.find("#ratecard-entries-paging").getText().contains("51\u201356 / 56"));
        assertTrue("the work tab stays open", browser.find("#ratecard-tab-work").isDisplayed());
    }

    @Test
    public void issuing_shouldOpenTheInvoiceAtItsTopWithAFlag() throws Exception {
        String day = language.equals("en") ? "2027-01-05" : "2027-02-05";
        post("/sandbox/api/worklogs", "{\"issue\":\"ACME-3\",\"started\":\"" + day + "T09:00:00Z\",\"timeSpentSeconds\":3600}");
        openDraft(day, day);
        browser.script("window.confirm = function () { return true; }; window.scrollTo(0, document.documentElement.scrollHeight);");

        browser.find("#ratecard-issue").click();

        String issued = language.equals("en") ? "Issued" : "Ausgestellt";
        // the flag's words are read in the wait: it hides itself after a while
        String flag = browser.waiting().until(d -> {
            List<WebElement> shown = d.findElements(By.id("ratecard-flag"));
            return shown.isEmpty() || !shown.get(0).isDisplayed() || !shown.get(0).getText().startsWith(issued) ? null : shown.get(0).getText();
        });
        String number = browser.find("#ratecard-invoice-title").getText().replaceAll("(?s).*(ACME-\\d{4}-\\d{4}).*", "$1");
        browser.screenshot("invoice-issued-flag-" + language);
        assertTrue(flag, flag.contains(number));
        assertEquals(0L, ((Number) browser.script("return window.scrollY;")).longValue());
        assertTrue("a reload shows no flag again", !browser.driver.getCurrentUrl().contains("done="));
    }

    private void openDraft(String from, String to) {
        browser.openAs("finance", language, "/plugins/servlet/ratecard/invoices");
        fillDraftForm(from, to);
        browser.find("#ratecard-draft-form button[type=submit]").click();
        browser.waiting().until(d -> !d.findElements(By.id("ratecard-invoice-tabs")).isEmpty());
    }

    private void fillDraftForm(String from, String to) {
        browser.script("var f = document.getElementById('ratecard-draft-form'); f.accountKey.value = 'ACME'; f.from.value = '" + from + "';"
                + "f.to.value = '" + to + "';");
    }

    private void post(String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path)).header("Cookie", "ratecard.sandbox.user=agent01")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body(), response.statusCode() / 100 == 2);
    }
}

package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Cost & billing panel on the sandbox's issue page, for each demo role, in a real browser. */
public class IssuePanelBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final String PAYLOAD = "<script>window.ratecardPwned=1</script>\"><img src=x onerror=\"window.ratecardPwned=1\">";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();

    /** The issue with seven worklogs on 1–7 Feb 2027, those of 1–5 Feb on an issued invoice. */
    private static String invoicedIssue;
    private static String invoiceNumber;

    @BeforeClass
    public static void anIssueWithSevenWorklogsFiveOfThemInvoiced() throws Exception {
        SANDBOX.sandbox().priceAndSeedDemo();
        IssuePanelBrowserIT setUp = new IssuePanelBrowserIT();
        invoicedIssue = field(setUp.call("lead", "POST", "/sandbox/api/issues",
                "{\"project\":\"ACME\",\"summary\":\"Queue migration\",\"assignee\":\"agent01\"}"), "key");
        for (int day = 1; day <= 7; day++) {
            setUp.call("agent01", "POST", "/sandbox/api/worklogs", "{\"issue\":\"" + invoicedIssue + "\",\"started\":\"2027-02-0" + day
                    + "T09:00:00Z\",\"timeSpentSeconds\":3600}");
        }
        String draft = field(setUp.call("finance", "POST", "/rest/ratecard/1.0/invoices",
                "{\"accountKey\":\"ACME\",\"from\":\"2027-02-01\",\"to\":\"2027-02-05\",\"projectKeys\":[\"ACME\"]}"), "id");
        invoiceNumber = field(setUp.call("finance", "POST", "/rest/ratecard/1.0/invoices/" + draft + "/issue", "{\"issueDate\":\"2027-02-06\"}"),
                "number");
    }

    @Test
    public void panel_shouldListTheFiveNewestWorklogsMarkTheInvoicedOnesAndLinkAllOfThem() {
        browser.openAs("lead", "/browse/" + invoicedIssue);

        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-panel-entries")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals("the five newest of seven", 5, rows.size());
        assertTrue(rows.get(0).getText(), rows.get(0).getText().contains("Feb 7, 2027"));
        assertTrue(rows.get(4).getText(), rows.get(4).getText().contains("Feb 3, 2027"));
        List<WebElement> lozenges = table.findElements(By.cssSelector(".aui-lozenge.ratecard-invoiced"));
        assertEquals("3, 4 and 5 Feb are invoiced", 3, lozenges.size());
        assertEquals("Invoiced", lozenges.get(0).getAttribute("textContent"));
        assertEquals("Invoiced on " + invoiceNumber, lozenges.get(0).getAttribute("title"));
        assertFalse(table.getText().contains("Billed on"));

        WebElement all = browser.find("#ratecard-panel-more");
        assertEquals("All 7 worklogs", all.getText());
        all.click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sb-worklogs")));
        assertEquals(7, browser.findAll("#sb-worklogs tbody tr").size());
        browser.screenshot("issue-panel-invoiced");
    }

    @Test
    public void approvedWorklog_shouldCarryItsBadgeAndChangedAfterApprovalOnceJiraEditsItWithTheMailsInTheOutbox() throws Exception {
        String issue = field(call("lead", "POST", "/sandbox/api/issues", "{\"project\":\"ACME\",\"summary\":\"Approved week\",\"assignee\":\"agent02\"}"),
                "key");
        String worklog = field(call("agent02", "POST", "/sandbox/api/worklogs", "{\"issue\":\"" + issue
                + "\",\"started\":\"2027-03-02T09:00:00Z\",\"timeSpentSeconds\":3600}"), "id");
        call("agent02", "POST", "/rest/ratecard/1.0/timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2027-03-02\"}");
        call("lead", "POST", "/rest/ratecard/1.0/approvals/approve", "{\"cadence\":\"WEEK\",\"day\":\"2027-03-02\",\"users\":[\"agent02\"]}");
        call("agent02", "PUT", "/sandbox/api/worklogs/" + worklog, "{\"started\":\"2027-03-02T09:00:00Z\",\"timeSpentSeconds\":7200}");

        browser.openAs("lead", "/browse/" + issue);

        WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-panel-entries")));
        assertEquals("Approved", table.findElement(By.cssSelector(".aui-lozenge.ratecard-approval")).getAttribute("textContent"));
        assertEquals("Changed after approval", table.findElement(By.cssSelector(".aui-lozenge.ratecard-changed-after-approval"))
                .getAttribute("textContent"));
        assertTrue("the ledger keeps the approved hour", table.getText().contains("1h / 1h"));
        browser.screenshot("issue-panel-approval-badges");
        String outbox = call("lead", "GET", "/sandbox/outbox", "");
        assertTrue("the lead was told of the submit", outbox.contains("[Ratecard] Timesheet to approve: "));
        assertTrue("agent02 was told of the approval", outbox.contains("[Ratecard] Your timesheet 2027-W09 is approved"));
    }

    @Test
    public void panel_shouldFitJirasSideColumnInEnglishAndGerman() {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        try {
            for (String language : List.of("en", "de")) {
                for (String issue : List.of(invoicedIssue, "ACME-1", "ACME-2")) {
                    browser.openAs("finance", language, "/browse/" + issue);
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-cost-panel")));
                    List<?> panel = (List<?>) browser.script("var p = document.getElementById('ratecard-cost-panel');"
                            + " var c = document.querySelector('.sb-issue-side'); return [p.scrollWidth, p.clientWidth, c.scrollWidth, c.clientWidth];");
                    String where = language + " " + issue + " " + panel;
                    assertTrue(where, ((Number) panel.get(0)).longValue() <= ((Number) panel.get(1)).longValue());
                    assertTrue(where, ((Number) panel.get(2)).longValue() <= ((Number) panel.get(3)).longValue());
                    browser.screenshot("issue-panel-" + issue + "-" + language);
                }
            }
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    @Test
    public void budgetBar_shouldShowTheBudgetBesideItsForecast() {
        browser.openAs("lead", "/browse/ACME-1");

        WebElement bar = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-panel-budgets .ratecard-panel-budget-forecast")));
        assertTrue(bar.getText(), bar.getText().matches("Budget €[\\d,]+ · run-rate forecast €[\\d,]+"));
    }

    @Test
    public void agentSeesHowWorkBillsButNoCost() {
        browser.openAs("agent01", "/browse/ACME-1");

        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-cost-panel")));
        assertTrue(panel.findElement(By.id("ratecard-panel-account")).getText().contains("(ACME)"));
        assertTrue(panel.findElements(By.id("ratecard-panel-cost")).isEmpty());
        assertTrue("an agent does not edit billing fields", browser.findAll("#sb-billing-form").isEmpty());
        browser.screenshot("issue-panel-agent");
    }

    @Test
    public void guestWhoMayBrowseNoProjectGetsJirasNotFoundPageInsideTheFrame() {
        browser.openAs("guest", "/browse/ACME-1");

        WebElement page = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sb-not-found")));
        assertTrue(page.getText(), page.getText().contains("Issue does not exist"));
        assertTrue(browser.driver.findElement(By.id("header")).isDisplayed());
        assertEquals(browser.driver.getCurrentUrl().replaceFirst("/browse/.*", "/"), browser.driver.findElement(By.id("sb-back")).getAttribute("href"));
        browser.screenshot("issue-not-found");
    }

    @Test
    public void financeSeesTheCostToo() {
        browser.openAs("finance", "/browse/ACME-1");

        WebElement cost = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-panel-cost")));
        assertFalse(cost.getText().isBlank());
        browser.screenshot("issue-panel-finance");
    }

    @Test
    public void leadMakesAnIssueNonBillable() {
        browser.openAs("lead", "/browse/GLX-2");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sb-billing-form")));

        new Select(form.findElement(By.name("billable"))).selectByValue("Non-billable");
        form.findElement(By.tagName("button")).click();

        String billable = browser.waiting().until(d -> {
            String text = d.findElement(By.id("ratecard-panel-billable")).getText();
            return text.startsWith("No") ? text : null;
        });
        assertTrue(billable, billable.contains("from the issue's field"));
        assertEquals("Non-billable", browser.find("#sb-field-billable").getText());
    }

    @Test
    public void payloadsInSummaryAccountNameAndOverrideReasonDoNotRun() throws Exception {
        String issueKey = field(call("lead", "POST", "/sandbox/api/issues",
                "{\"project\":\"ACME\",\"summary\":" + json(PAYLOAD) + ",\"assignee\":\"agent01\"}"), "key");
        String worklogId = field(call("agent01", "POST", "/sandbox/api/worklogs",
                "{\"issue\":\"" + issueKey + "\",\"started\":\"2026-11-02T09:00:00Z\",\"timeSpentSeconds\":3000}"), "id");
        call("finance", "POST", "/rest/ratecard/1.0/accounts", "{\"key\":\"XSS\",\"name\":" + json(PAYLOAD) + ",\"customerName\":"
                + json(PAYLOAD) + ",\"currency\":\"EUR\",\"category\":\"BILLABLE\"}");
        call("finance", "POST", "/rest/ratecard/1.0/projects/ACME/accounts", "{\"accountKey\":\"XSS\",\"isDefault\":false}");
        call("lead", "PUT", "/sandbox/api/issues/" + issueKey + "/fields", "{\"account\":\"XSS\"}");
        call("lead", "PUT", "/rest/ratecard/1.0/worklogs/" + worklogId + "/override",
                "{\"billedSeconds\":1800,\"reason\":" + json(PAYLOAD) + "}");

        browser.openAs("finance", "/browse/" + issueKey);

        WebElement account = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-panel-account")));
        assertTrue(account.getText().contains("<script>"));
        assertTrue(browser.find(".ratecard-override").getAttribute("title").contains("<img"));
        assertTrue(browser.find("#sb-issue-summary").getText().contains("<script>"));
        assertEquals(Boolean.FALSE, browser.script("return typeof window.ratecardPwned !== 'undefined';"));
    }

    String call(String user, String method, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Cookie", "ratecard.sandbox.user=" + user).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(method + " " + path + " → " + response.statusCode() + " " + response.body(), response.statusCode() / 100 == 2);
        return response.body();
    }

    private static String field(String json, String name) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(name).asText();
    }

    private static String json(String text) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
    }
}

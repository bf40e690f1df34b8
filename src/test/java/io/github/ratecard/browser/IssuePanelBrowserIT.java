package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private String call(String user, String method, String path, String json) throws Exception {
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

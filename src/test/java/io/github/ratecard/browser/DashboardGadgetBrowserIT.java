package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Budget burn gadget on the sandbox's stand-in for Jira's dashboard, which builds each dashboard
 * item's AMD module as Jira does: added, configured through its form, showing the budget's figures as
 * the budget REST API states them; refused figures become a permission message; preferences are shown as text.
 */
public class DashboardGadgetBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final String GADGET = "ratecard-gadget-budget-burn";
    private static final String PAYLOAD = "<img src=x onerror=\"window.ratecardPwned=1\">";

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Browser browser = SANDBOX.browser();
    private final SandboxRest lead = new SandboxRest(SANDBOX.sandbox().url().toString(), "lead");

    @BeforeClass
    public static void priceTheDemo() {
        SANDBOX.sandbox().priceAndSeedDemo();
    }

    @Test
    public void leadAddingAndConfiguringBudgetBurn_shouldSeeTheBudgetsFiguresAndKeepThemOnTheNextVisit() throws Exception {
        JsonNode budget = lead.get("/rest/ratecard/1.0/budgets?scopeKind=PROJECT&scopeKey=GLX").get(0);
        JsonNode money = lead.get("/rest/ratecard/1.0/budgets/" + budget.get("id").asText() + "/status").get("money");

        browser.openAs("lead", "/sandbox/dashboard");
        WebElement gadget = add();
        WebElement form = form(gadget);
        form.findElement(By.name("project")).sendKeys("glx");
        form.findElement(By.className("ratecard-gadget-load")).click();
        browser.waiting().until(d -> form.findElements(By.cssSelector("select[name=budget] option")).size() > 1);
        new Select(form.findElement(By.name("budget"))).selectByValue(budget.get("id").asText());
        form.findElement(By.className("ratecard-gadget-save")).click();

        assertEquals(euros(money.get("actual")), figure(gadget, "spent"));
        assertEquals(euros(money.get("budget")), figure(gadget, "budget"));
        assertEquals(euros(money.get("remaining")), figure(gadget, "remaining"));
        assertEquals("Budget burn: GLX", gadget.findElement(By.className("sb-gadget-title")).getText());
        browser.screenshot("dashboard-budget-burn");

        String id = gadget.getAttribute("data-item-id");
        browser.openAs("lead", "/sandbox/dashboard");
        assertEquals(euros(money.get("actual")), figure(placed(id), "spent"));
    }

    @Test
    public void agentWithoutViewCosts_shouldSeeThePermissionMessageInTheFormAndInTheGadget() throws Exception {
        String budgetId = lead.get("/rest/ratecard/1.0/budgets?scopeKind=PROJECT&scopeKey=GLX").get(0).get("id").asText();
        browser.openAs("agent01", "/sandbox/dashboard");
        WebElement gadget = add();
        WebElement form = form(gadget);
        form.findElement(By.name("project")).sendKeys("GLX");
        form.findElement(By.className("ratecard-gadget-load")).click();
        assertTrue(warning(form).contains("View costs"));

        savePreferences(gadget, "{\"project\":\"GLX\",\"budget\":\"" + budgetId + "\"}");
        String id = gadget.getAttribute("data-item-id");
        browser.openAs("agent01", "/sandbox/dashboard");
        WebElement shown = placed(id);
        assertTrue(warning(shown).startsWith("You do not have permission to see this budget"));
        assertTrue(shown.findElements(By.cssSelector(".ratecard-gadget-figure")).isEmpty());
    }

    @Test
    public void incompleteConfiguration_shouldSayWhatToChoose() {
        browser.openAs("lead", "/sandbox/dashboard");
        WebElement gadget = add();
        form(gadget);
        gadget.findElement(By.className("ratecard-gadget-save")).click();

        WebElement message = browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-message[data-message=info]")));
        assertEquals("Choose a project and one of its budgets.", message.findElement(By.tagName("p")).getText());
    }

    @Test
    public void markupInPreferences_shouldBeShownAsTextAndNeverRun() {
        browser.openAs("lead", "/sandbox/dashboard");
        WebElement gadget = add();
        form(gadget);
        savePreferences(gadget, "{\"project\":" + quoted(PAYLOAD) + ",\"budget\":\"999999\"}");
        String id = gadget.getAttribute("data-item-id");
        browser.openAs("lead", "/sandbox/dashboard");

        WebElement shown = placed(id);
        assertTrue(warning(shown).startsWith("The configured project, budget or group no longer exists"));
        assertEquals("Budget burn: " + PAYLOAD.toUpperCase(Locale.ROOT), shown.findElement(By.className("sb-gadget-title")).getText());
        assertNull(browser.script("return window.ratecardPwned;"));
    }

    /** Adds the Budget burn gadget from the directory; answers its frame. */
    private WebElement add() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sb-dashboard[data-loaded]")));
        int before = browser.findAll(".sb-gadget").size();
        new Select(browser.find("#sb-dashboard-directory")).selectByValue(GADGET);
        browser.find("#sb-dashboard-add-button").click();
        browser.waiting().until(d -> browser.findAll(".sb-gadget").size() == before + 1);
        return browser.findAll(".sb-gadget").get(before);
    }

    /** Saves preferences through the page's API, as a form would (the item re-renders with them). */
    private void savePreferences(WebElement gadget, String json) {
        browser.script("return fetch('/sandbox/dashboard/items/' + arguments[0] + '/preferences', {method: 'PUT', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: arguments[1]}).then(function (r) { return r.status; });",
                gadget.getAttribute("data-item-id"), json);
    }

    /** The gadget's configuration form, once it shows. */
    private WebElement form(WebElement gadget) {
        return browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-budget-form")));
    }

    /** The frame of the item {@code id} after a reload. */
    private WebElement placed(String id) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sb-dashboard[data-loaded]")));
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sb-gadget[data-item-id='" + id + "']")));
    }

    /** The words of the warning the gadget (or its form) shows. */
    private String warning(WebElement within) {
        WebElement message = browser.waiting().until(d -> within.findElement(By.cssSelector(".ratecard-gadget-message[data-message=warning]")));
        return message.findElement(By.tagName("p")).getText();
    }

    private String figure(WebElement gadget, String name) {
        return browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-figure[data-figure=" + name + "] dd"))).getText();
    }

    private static String euros(JsonNode amount) {
        assertEquals("EUR", amount.get("currency").asText());
        BigDecimal value = new BigDecimal(amount.get("amount").asText());
        String digits = String.format(Locale.ENGLISH, "%,.2f", value.abs());
        return (value.signum() < 0 ? "-€" : "€") + digits;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

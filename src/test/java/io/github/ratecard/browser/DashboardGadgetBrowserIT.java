package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
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
 * The dashboard gadgets on the sandbox's stand-in for Jira's dashboard, which builds each dashboard
 * item's AMD module as Jira does. Budget burn end to end: added, configured through its form, showing
 * the budget's figures as the budget REST API states them; refused figures become a permission message;
 * preferences are shown as text. The report gadgets against report documents of the shape the report
 * endpoints answer, served to the page in their place (what they ask for is checked too).
 */
public class DashboardGadgetBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final String GADGET = "ratecard-gadget-budget-burn";
    private static final String PAYLOAD = "<img src=x onerror=\"window.ratecardPwned=1\">";

    /** A report by account as GET /insights/margin answers it: three accounts, one at a loss, and the base-currency totals. */
    private static final String MARGIN_REPORT = "{\"from\":\"2026-10\",\"to\":\"2026-12\",\"by\":\"account\",\"baseCurrency\":\"EUR\",\"rows\":["
            + row("ACME", "Acme Corporation", "4200.50", "3000.00", "1200.50", "2100.00", "2100.50", "50.0")
            + "," + row("GLOBEX", "Globex", "800.00", "800.00", "0.00", "1000.00", "-200.00", "-25.0")
            + "," + row("INITECH", "Initech", "2500.00", "0.00", "2500.00", "1500.00", "1000.00", "40.0")
            + "],\"totals\":{\"byCurrency\":[],\"base\":{\"revenue\":" + eur("7500.50") + ",\"labourCost\":" + eur("4600.00")
            + ",\"overhead\":" + eur("0.00") + ",\"expenses\":" + eur("0.00") + ",\"grossMargin\":" + eur("2900.50")
            + ",\"marginPercent\":\"38.7\",\"complete\":true}}}";
    /** A report by person as GET /insights/utilisation answers it: under target, over target, and a row without capacity. */
    private static final String UTILISATION_REPORT = "{\"from\":\"2026-12\",\"to\":\"2026-12\",\"by\":\"person\",\"rows\":["
            + "{\"key\":\"agent01\",\"label\":\"Ana Okafor\",\"capacityHours\":\"160.00\",\"loggedHours\":\"120.00\",\"billableHours\":\"96.00\","
            + "\"utilisation\":\"75.0\",\"billableUtilisation\":\"60.0\",\"target\":\"85.0\",\"state\":\"UNDER\"},"
            + "{\"key\":\"agent02\",\"label\":\"Ben Ito\",\"capacityHours\":\"152.00\",\"loggedHours\":\"150.00\",\"billableHours\":\"136.80\","
            + "\"utilisation\":\"98.7\",\"billableUtilisation\":\"90.0\",\"target\":\"85.0\",\"state\":\"OVER\"},"
            + "{\"key\":\"lead\",\"label\":\"Lars Lead\",\"capacityHours\":\"0.00\",\"loggedHours\":\"4.00\",\"billableHours\":\"0.00\","
            + "\"utilisation\":null,\"billableUtilisation\":null,\"target\":null,\"state\":null}]}";

    private static String eur(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}";
    }

    private static String row(String key, String label, String revenue, String invoiced, String uninvoiced, String labour, String margin,
                              String percent) {
        return "{\"key\":\"" + key + "\",\"label\":\"" + label + "\",\"currency\":\"EUR\",\"revenue\":" + eur(revenue) + ",\"revenueBase\":"
                + eur(revenue) + ",\"invoiced\":" + eur(invoiced) + ",\"uninvoiced\":" + eur(uninvoiced) + ",\"labourCost\":" + eur(labour)
                + ",\"grossMarginBase\":" + eur(margin) + ",\"marginPercent\":\"" + percent + "\"}";
    }

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

    @Test
    public void unbilledWork_shouldListTheChosenAccountsNotInvoicedAmountsLargestFirstWithTheirTotal() {
        browser.openAs("finance", "/sandbox/dashboard");
        answer("/insights/margin", 200, MARGIN_REPORT);
        WebElement gadget = add("ratecard-gadget-unbilled");
        WebElement form = browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-unbilled-form")));
        new Select(form.findElement(By.name("period"))).selectByValue("last-3-months");
        form.findElement(By.name("accounts")).sendKeys("acme, initech");
        YearMonth before = YearMonth.now();
        form.findElement(By.className("ratecard-gadget-save")).click();

        List<String> rows = rows(gadget, ".ratecard-gadget-unbilled-table");
        assertEquals(List.of("Initech €2,500.00 €0.00", "Acme Corporation €1,200.50 €3,000.00", "Total €3,700.50"), rows);
        assertTrue(askedInMonthOf(before, now -> "insights/margin?by=account&from=" + now.minusMonths(2) + "&to=" + now));
    }

    @Test
    public void marginByAccount_shouldShowRevenueLabourMarginAndTheBaseTotalAndMarkALoss() {
        browser.openAs("finance", "/sandbox/dashboard");
        answer("/insights/margin", 200, MARGIN_REPORT);
        WebElement gadget = add("ratecard-gadget-margin");
        browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-margin-form"))).findElement(By.className("ratecard-gadget-save"))
                .click();

        assertEquals(List.of("Acme Corporation €4,200.50 €2,100.00 €2,100.50 50.0 %", "Globex €800.00 €1,000.00 -€200.00 -25.0 %",
                "Initech €2,500.00 €1,500.00 €1,000.00 40.0 %", "Total €7,500.50 €4,600.00 €2,900.50 38.7 %"),
                rows(gadget, ".ratecard-gadget-margin-table"));
        assertEquals(1, gadget.findElements(By.cssSelector("tr.ratecard-gadget-negative")).size());
    }

    @Test
    public void marginWithRevenueNotConverted_shouldLeaveItsBaseFiguresBlankAndShowNoTotal() {
        String report = "{\"from\":\"2026-10\",\"to\":\"2026-12\",\"by\":\"account\",\"baseCurrency\":\"EUR\",\"rows\":["
                + row("ACME", "Acme Corporation", "4200.50", "3000.00", "1200.50", "2100.00", "2100.50", "50.0")
                + ",{\"key\":\"GLOBEX\",\"label\":\"Globex\",\"currency\":\"USD\",\"revenue\":{\"amount\":\"900.00\",\"currency\":\"USD\"},"
                + "\"revenueBase\":null,\"labourCost\":" + eur("1000.00") + ",\"grossMarginBase\":null,\"marginPercent\":null}"
                + "],\"totals\":{\"byCurrency\":[],\"base\":{\"revenue\":" + eur("4200.50") + ",\"labourCost\":" + eur("2100.00")
                + ",\"overhead\":" + eur("0.00") + ",\"expenses\":" + eur("0.00") + ",\"grossMargin\":" + eur("2100.50")
                + ",\"marginPercent\":\"50.0\",\"complete\":false}}}";
        browser.openAs("finance", "/sandbox/dashboard");
        answer("/insights/margin", 200, report);
        WebElement gadget = add("ratecard-gadget-margin");
        browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-margin-form"))).findElement(By.className("ratecard-gadget-save"))
                .click();

        assertEquals(List.of("Acme Corporation €4,200.50 €2,100.00 €2,100.50 50.0 %", "Globex €1,000.00"),
                rows(gadget, ".ratecard-gadget-margin-table"));
        assertTrue(gadget.findElement(By.className("ratecard-gadget-margin-incomplete")).getText().startsWith("No total"));
    }

    @Test
    public void marginRefused_shouldSayWhichPermissionTheFiguresNeed() {
        browser.openAs("agent01", "/sandbox/dashboard");
        answer("/insights/margin", 403, "{\"message\":\"This needs the Ratecard finance permission\"}");
        WebElement gadget = add("ratecard-gadget-margin");
        browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-margin-form"))).findElement(By.className("ratecard-gadget-save"))
                .click();

        assertTrue(warning(gadget).startsWith("You do not have permission to see margins"));
        assertTrue(gadget.findElements(By.tagName("table")).isEmpty());
    }

    @Test
    public void teamUtilisation_shouldAskForTheGroupAndMarkUnderAndOverTargetInWords() {
        browser.openAs("lead", "/sandbox/dashboard");
        answer("/insights/utilisation", 200, UTILISATION_REPORT);
        WebElement gadget = add("ratecard-gadget-utilisation");
        WebElement form = browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-utilisation-form")));
        form.findElement(By.name("group")).sendKeys("team-acme & friends");
        YearMonth before = YearMonth.now();
        form.findElement(By.className("ratecard-gadget-save")).click();

        assertEquals(List.of("Ana Okafor 160.0 120.0 75.0 % 60.0 % 85.0 % Under target", "Ben Ito 152.0 150.0 98.7 % 90.0 % 85.0 % Over target",
                "Lars Lead 0.0 4.0"), rows(gadget, ".ratecard-gadget-utilisation-table"));
        assertEquals(1, gadget.findElements(By.cssSelector("tr.ratecard-gadget-state-under")).size());
        assertTrue(askedInMonthOf(before, now -> "insights/utilisation?by=person&from=" + now + "&to=" + now + "&group=team-acme%20%26%20friends"));
        assertEquals("My team utilisation: team-acme & friends", gadget.findElement(By.className("sb-gadget-title")).getText());
    }

    @Test
    public void teamUtilisationWithoutAGroup_shouldSayToNameTheTeam() {
        browser.openAs("lead", "/sandbox/dashboard");
        WebElement gadget = add("ratecard-gadget-utilisation");
        browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-utilisation-form"))).findElement(By.className("ratecard-gadget-save"))
                .click();

        WebElement message = browser.waiting().until(d -> gadget.findElement(By.cssSelector(".ratecard-gadget-message[data-message=info]")));
        assertEquals("Name the Jira group of your team.", message.findElement(By.tagName("p")).getText());
    }

    /** From now on, the page's calls to a path containing {@code path} get {@code status} and {@code json} instead of the server's answer. */
    private void answer(String path, int status, String json) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sb-dashboard[data-loaded]")));
        browser.script("var $ = window.jQuery, original = $.ajax, path = arguments[0], status = arguments[1], body = arguments[2];"
                + " window.ratecardAsked = [];"
                + " $.ajax = function (options) {"
                + "   if (options.url.indexOf(path) < 0) { return original.apply(this, arguments); }"
                + "   window.ratecardAsked.push(options.url.replace('/rest/ratecard/1.0/', ''));"
                + "   var answer = $.Deferred();"
                + "   setTimeout(function () { if (status === 200) { answer.resolve(JSON.parse(body)); }"
                + "     else { answer.reject({ status: status, responseText: body, statusText: '' }); } });"
                + "   return answer.promise(); };", path, status, json);
    }

    /**
     * Whether the gadget asked for what {@code request} makes of the month it ran in: the month of {@code before} (taken
     * before the gadget was saved) or, when a month began meanwhile, this one.
     */
    private boolean askedInMonthOf(YearMonth before, java.util.function.Function<YearMonth, String> request) {
        List<String> asked = asked();
        return asked.contains(request.apply(before)) || asked.contains(request.apply(YearMonth.now()));
    }

    @SuppressWarnings("unchecked")
    private List<String> asked() {
        return (List<String>) browser.script("return window.ratecardAsked;");
    }

    private List<String> rows(WebElement gadget, String table) {
        browser.waiting().until(d -> gadget.findElement(By.cssSelector(table)));
        return gadget.findElements(By.cssSelector(table + " tbody tr")).stream().map(r -> r.getText().replaceAll("\\s+", " ").trim()).toList();
    }

    /** Adds the Budget burn gadget from the directory; answers its frame. */
    private WebElement add() {
        return add(GADGET);
    }

    /** Adds a gadget from the directory; answers its frame. */
    private WebElement add(String key) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sb-dashboard[data-loaded]")));
        int before = browser.findAll(".sb-gadget").size();
        new Select(browser.find("#sb-dashboard-directory")).selectByValue(key);
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

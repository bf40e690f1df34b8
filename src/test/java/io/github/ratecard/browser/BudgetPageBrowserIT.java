package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ratecard.sandbox.Sandbox;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Budget page in a real browser on the priced demo story: the tiles and the burn chart of
 * INI's budget against figures this test computes itself from the issues' ledger entries and the
 * expenses (not from the rollups the page reads), the editors, the account view and escaping.
 */
public class BudgetPageBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAYLOAD = "<script>window.ratecardPwned=1</script>\"><img src=x onerror=\"window.ratecardPwned=1\">";
    private static final BigDecimal OVERHEAD = new BigDecimal("0.15");

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();

    @BeforeClass
    public static void priceTheDemo() {
        SANDBOX.sandbox().priceAndSeedDemo();
    }

    @Test
    public void tilesAndChartOfAnOverBudget_shouldShowTheIndependentlyComputedSpending() throws Exception {
        JsonNode budget = get("lead", "/rest/ratecard/1.0/budgets?scopeKind=PROJECT&scopeKey=INI").get(0);
        BigDecimal amount = new BigDecimal(budget.get("amount").get("amount").asText());
        BigDecimal actual = labourWithOverhead("INI", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-10-31"))
                .add(expenses("INI"));

        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=INI&asOf=2026-11-01");

        WebElement tile = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-tile-actual")));
        assertEquals(euros(actual), tile.findElement(By.className("ratecard-tile-value")).getText());
        assertTrue(tile.getAttribute("class").contains("ratecard-state-over"));
        assertEquals(euros(amount), browser.find("#ratecard-tile-budget .ratecard-tile-value").getText());
        assertEquals(euros(amount.subtract(actual)), browser.find("#ratecard-tile-variance .ratecard-tile-value").getText());
        List<Long> cumulative = amounts("ratecard-burn-actual");
        assertEquals("one point per month of May to October", 6, cumulative.size());
        assertEquals(actual.movePointRight(2).longValueExact(), (long) cumulative.get(cumulative.size() - 1));
        List<Long> plan = amounts("ratecard-burn-plan");
        assertEquals(amount.movePointRight(2).longValueExact(), (long) plan.get(plan.size() - 1));
        assertEquals(2, browser.findAll("#ratecard-burn-chart .ratecard-burn-threshold").size());
        assertFalse(browser.find("#ratecard-burn-title").getAttribute("textContent").isBlank());
        assertTrue(browser.find("#ratecard-budget-alert").getText().contains("100 %"));
        browser.screenshot("budget-page-over");
    }

    @Test
    public void overBudget_shouldGiveOneVerdictWithTheOtherForecastsExplainedAndMarkTheChartInWords() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=INI&asOf=2026-11-01");

        WebElement verdict = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-verdict-headline")));
        assertEquals("Over budget", verdict.findElement(By.className("aui-lozenge")).getAttribute("textContent"));
        assertTrue(verdict.getText(), verdict.getText().matches("(?i)Over budget Spent €[\\d,]+ — \\d+(\\.\\d)? % over budget; ran out .*"));
        assertTrue(browser.find("#ratecard-verdict-basis").getText().contains("the actual spending is final"));
        assertTrue(browser.findAll("#ratecard-burn-chart .ratecard-burn-over").size() >= 1);
        assertEquals("Over budget", browser.find("#ratecard-burn-chart .ratecard-burn-over-text").getAttribute("textContent"));
        assertTrue(browser.find("#ratecard-budget-burn tr.ratecard-state-over").getText().contains("(over budget)"));
    }

    @Test
    public void runningBudget_shouldNameTheForecastItStandsOnAndExplainTheOthers() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=GLX&asOf=2026-10-15");

        WebElement verdict = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-verdict-headline")));
        assertTrue(verdict.getText(), verdict.getText().contains("Forecast €"));
        List<WebElement> alternatives = browser.findAll("#ratecard-verdict-alternatives li");
        assertFalse(alternatives.isEmpty());
        assertTrue(alternatives.stream().allMatch(li -> li.getText().contains("— assumes")));
        String forecastTile = browser.find("#ratecard-tile-forecast .ratecard-tile-value").getText();
        assertTrue("the tile shows the verdict's forecast: " + forecastTile + " in " + verdict.getText(),
                verdict.getText().contains(forecastTile.replaceAll("\\.\\d\\d$", "")));
    }

    @Test
    public void oneMonthOfAYearsBudget_shouldStandOnTheRunRateAlone() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=ACME&asOf=2026-10-15");

        WebElement basis = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-verdict-basis")));
        assertTrue(basis.getText(), basis.getText().contains("one period of a longer budget"));
        assertTrue(browser.findAll("#ratecard-verdict-alternatives li").isEmpty());
    }

    @Test
    public void banner_shouldQuoteTheSamePercentAsTheActualTile() {
        for (String asOf : List.of("2026-06-15", "2026-08-20", "2026-10-15")) {
            browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=ACMEDEV&asOf=" + asOf);
            String consumed = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-tile-actual .ratecard-tile-note")))
                    .getText().replace(" of the budget", "");
            BigDecimal percent = new BigDecimal(consumed.replace(" %", "").replace(",", ""));
            List<WebElement> banner = browser.findAll("#ratecard-budget-alert");
            if (percent.compareTo(new BigDecimal("80")) < 0) {
                assertTrue(asOf + ": no threshold reached at " + consumed, banner.isEmpty());
            } else {
                assertTrue(asOf + ": " + banner.get(0).getText() + " vs " + consumed, banner.get(0).getText().contains(consumed));
            }
        }
    }

    @Test
    public void chart_shouldStopTheActualLineAtTheStatusDayAndStepInRoundAmounts() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=ACME&asOf=2026-10-15");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-burn-chart")));

        List<WebElement> actual = browser.findAll(".ratecard-burn-actual-points circle");
        List<WebElement> plan = browser.findAll(".ratecard-burn-plan-points circle");
        double lastActual = Double.parseDouble(actual.get(actual.size() - 1).getAttribute("cx"));
        double asOf = Double.parseDouble(browser.find("#ratecard-burn-asof").getAttribute("x1"));
        double periodEnd = Double.parseDouble(plan.get(plan.size() - 1).getAttribute("cx"));
        assertEquals(asOf, lastActual, 0.01);
        assertTrue(lastActual + " < " + periodEnd, lastActual < periodEnd);
        List<Long> ticks = browser.findAll(".ratecard-burn-tick[text-anchor=end][x='90']").stream()
                .map(t -> Long.parseLong(t.getAttribute("textContent").replaceAll("[^0-9]", ""))).toList();
        long step = ticks.get(1) - ticks.get(0);
        assertTrue("a 1-2-5 step: " + ticks, String.valueOf(step).matches("[125]0*"));
        for (int i = 1; i < ticks.size(); i++) {
            assertEquals(ticks.toString(), step, ticks.get(i) - ticks.get(i - 1));
        }
    }

    @Test
    public void chartPoint_shouldShowItsValueOnKeyboardFocusAndOnHover() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=ACME&asOf=2026-10-15");
        WebElement point = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ratecard-burn-actual-points circle")));
        WebElement tip = browser.find("#ratecard-burn-tip");

        browser.find("#ratecard-budget-period").click();
        for (int tab = 0; tab < 200 && !point.equals(browser.driver.switchTo().activeElement()); tab++) {
            new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertEquals("the first point is reached with the Tab key", point, browser.driver.switchTo().activeElement());
        browser.waiting().until(ExpectedConditions.visibilityOf(tip));
        assertEquals(point.getAttribute("aria-label"), tip.getText());
        assertTrue(tip.getText(), tip.getText().matches("Actual, .*: €[\\d,]+\\.\\d\\d"));

        WebElement other = browser.findAll(".ratecard-burn-plan-points circle").get(1);
        new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(other).perform();
        browser.waiting().until(d -> tip.getText().equals(other.getAttribute("aria-label")));
    }

    @Test
    public void page_shouldNotOverflowALaptopScreenInEnglishOrGerman() {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        try {
            for (String language : List.of("en", "de")) {
                browser.openAs("lead", language, "/plugins/servlet/ratecard/budgets?project=INI&asOf=2026-10-31");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-verdict-headline")));
                Object widths = browser.script("var e = document.documentElement; return [e.scrollWidth, e.clientWidth];");
                List<?> pair = (List<?>) widths;
                assertTrue(language + ": " + pair, ((Number) pair.get(0)).longValue() <= ((Number) pair.get(1)).longValue());
                Object chart = browser.script("var f = document.getElementById('ratecard-burn-figure'); return f.getBoundingClientRect().right <= document.documentElement.clientWidth;");
                assertEquals(language, Boolean.TRUE, chart);
                browser.screenshot("budget-page-1366-" + language);
            }
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    @Test
    public void scopeWithoutBudget_shouldSayWhyAndWhatToDo() {
        browser.openAs("finance", "/plugins/servlet/ratecard/budgets?account=ACME");

        WebElement empty = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-budget-none")));
        assertTrue(empty.getText(), empty.getText().contains("has no budget yet"));
        assertTrue(empty.getText(), empty.getText().contains("New budget form below"));
    }

    @Test
    public void leadAddsABudgetAndAnExpenseWithTheEditors() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=OPS");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-budget-form")));
        form.findElement(By.name("amount")).sendKeys("1500");
        browser.script("document.querySelector('#ratecard-budget-form [name=period]').value = 'MONTH';"
                + "document.querySelector('#ratecard-budget-form [name=from]').value = '2027-06-01';"
                + "document.querySelector('#ratecard-budget-form [name=to]').value = '2027-08-31';");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(d -> d.findElements(By.cssSelector(".ratecard-budget-tabs li")).size() == 2);
        assertTrue(browser.find(".ratecard-budget-tabs li.ratecard-selected").getText().contains("Monthly"));

        WebElement expense = browser.find("#ratecard-expense-form");
        browser.script("document.querySelector('#ratecard-expense-form [name=date]').value = '2027-06-15';");
        expense.findElement(By.name("amount")).sendKeys("99.90");
        expense.findElement(By.name("description")).sendKeys(PAYLOAD);
        expense.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-budget-expenses tbody tr")));
        assertTrue(row.getText().contains("<script>"));
        assertEquals(Boolean.FALSE, browser.script("return typeof window.ratecardPwned !== 'undefined';"));
    }

    @Test
    public void leadChangesTheMonthsOfAPhasedBudgetInTheEditor() throws Exception {
        JsonNode phased = null;
        for (JsonNode budget : get("lead", "/rest/ratecard/1.0/budgets?scopeKind=PROJECT&scopeKey=OPS")) {
            if (budget.get("period").asText().equals("TOTAL")) {
                phased = budget;
            }
        }
        long id = phased.get("id").asLong();
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=OPS&budget=" + id);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ratecard-budget-edit"))).click();
        WebElement form = browser.find("#ratecard-budget-form");
        WebElement months = form.findElement(By.name("periodAmounts"));
        browser.waiting().until(d -> !months.getAttribute("value").isEmpty());

        assertEquals("2026-11-01 = 2000.00; 2026-12-01 = 2000.00; 2027-01-01 = 6000.00; 2027-02-01 = 5000.00; 2027-03-01 = 5000.00",
                months.getAttribute("value"));
        months.clear();
        months.sendKeys("2026-11-01 = 2000; 2026-12-01 = 3000; 2027-01-01 = 5000; 2027-02-01 = 5000; 2027-03-01 = 5000");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(d -> {
            try {
                return get("lead", "/rest/ratecard/1.0/budgets/" + id).get("periodAmounts").get(1).get("amount").get("amount").asText().equals("3000.00");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("20000.00", get("lead", "/rest/ratecard/1.0/budgets/" + id).get("amount").get("amount").asText());
    }

    @Test
    public void leadChangesAnExpenseInTheEditor() throws Exception {
        long phased = 0;
        for (JsonNode budget : get("lead", "/rest/ratecard/1.0/budgets?scopeKind=PROJECT&scopeKey=OPS")) {
            if (budget.get("period").asText().equals("TOTAL")) {
                phased = budget.get("id").asLong();
            }
        }
        long expense = post("lead", "/rest/ratecard/1.0/expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"OPS\",\"date\":\"2026-12-10\","
                + "\"category\":\"SOFTWARE\",\"amount\":\"50\",\"description\":\"Pager licence\"}").get("id").asLong();
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=OPS&budget=" + phased + "&asOf=2027-03-31");
        WebElement row = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratecard-budget-expenses tr[data-key='"
                + expense + "']")));
        row.findElement(By.className("ratecard-expense-edit")).click();
        WebElement form = browser.find("#ratecard-expense-form");
        WebElement amount = form.findElement(By.name("amount"));
        browser.waiting().until(d -> amount.getAttribute("value").equals("50.00"));

        amount.clear();
        amount.sendKeys("75");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(d -> {
            try {
                return get("lead", "/rest/ratecard/1.0/expenses/" + expense).get("amount").get("amount").asText().equals("75.00");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("Pager licence", get("lead", "/rest/ratecard/1.0/expenses/" + expense).get("description").asText());
    }

    @Test
    public void badValueInTheEditor_shouldShowTheServersMessageAndMarkTheField() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=GLX");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-budget-form")));
        form.findElement(By.name("amount")).sendKeys("12.345");
        browser.script("document.querySelector('#ratecard-budget-form [name=from]').value = '2028-01-01';"
                + "document.querySelector('#ratecard-budget-form [name=to]').value = '2028-12-31';");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratecard-message")));
        assertTrue(message.getText(), message.getText().contains("decimals"));
        assertTrue(form.findElement(By.name("amount")).getAttribute("class").contains("ratecard-invalid"));
    }

    @Test
    public void hoursWithAWord_shouldBeRefusedByTheServerNotDropped() {
        browser.openAs("lead", "/plugins/servlet/ratecard/budgets?project=GLX");
        WebElement form = newBudget("1000", "2029");
        form.findElement(By.name("hours")).sendKeys("12 h");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratecard-message")));
        assertTrue(message.getText(), message.getText().contains("hours"));
        assertTrue(form.findElement(By.name("hours")).getAttribute("class").contains("ratecard-invalid"));
    }

    @Test
    public void germanDecimalThreshold_shouldBeRefusedByTheServerNotSplitInTwo() {
        browser.openAs("lead", "de", "/plugins/servlet/ratecard/budgets?project=GLX");
        WebElement form = newBudget("1000", "2031");
        form.findElement(By.name("thresholds")).sendKeys("80,5");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratecard-message")));
        assertTrue(message.getText(), message.getText().contains("thresholds"));
        assertTrue(browser.find("#ratecard-budget-thresholds-hint").getText().contains("Semikolon"));
    }

    @Test
    public void thresholdsSeparatedBySemicolonsOrSpaces_shouldAllBeSaved() throws Exception {
        browser.openAs("lead", "de", "/plugins/servlet/ratecard/budgets?project=GLX");
        WebElement form = newBudget("1.000", "2030");
        form.findElement(By.name("hours")).sendKeys("120");
        form.findElement(By.name("thresholds")).sendKeys("70; 85 95");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(d -> saved("2030-01-01") != null);
        JsonNode budget = saved("2030-01-01");
        assertEquals("[70,85,95]", budget.get("thresholds").toString());
        assertEquals(120, budget.get("hours").asLong());
        assertEquals("1000.00", budget.get("amount").get("amount").asText());
    }

    /** The budget form with an amount and a range over the year, not yet sent. */
    private WebElement newBudget(String amount, String year) {
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-budget-form")));
        form.findElement(By.name("amount")).sendKeys(amount);
        browser.script("document.querySelector('#ratecard-budget-form [name=from]').value = '" + year + "-01-01';"
                + "document.querySelector('#ratecard-budget-form [name=to]').value = '" + year + "-12-31';");
        return form;
    }

    private JsonNode saved(String from) {
        try {
            for (JsonNode budget : get("lead", "/rest/ratecard/1.0/budgets?scopeKind=PROJECT&scopeKey=GLX")) {
                if (budget.get("from").asText().equals(from)) {
                    return budget;
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void financeSeesAnAccountsQuarterlyBudget() {
        browser.openAs("finance", "/plugins/servlet/ratecard/budgets?account=GLOBEX&asOf=2026-10-15");

        WebElement actual = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-tile-actual")));
        assertTrue(actual.getText().contains("$"));
        assertTrue(browser.find("#ratecard-budget-period").getText().contains("Oct 1, 2026"));
        browser.screenshot("budget-page-account");
    }

    @Test
    public void germanViewer_shouldReadGermanWordsAndNumbers() {
        browser.openAs("lead", "de", "/plugins/servlet/ratecard/budgets?project=ACME&asOf=2026-10-15");

        WebElement tile = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-tile-actual")));
        assertTrue(tile.getText(), tile.getText().startsWith("Ist"));
        assertTrue(tile.getText(), tile.getText().contains("€") && tile.getText().matches("(?s).*\\d,\\d\\d.*"));
        assertTrue(browser.find("#ratecard-verdict-headline").getText(), browser.find("#ratecard-verdict-headline").getText().contains("Prognose"));
        browser.screenshot("budget-page-de");
    }

    @Test
    public void alertEmails_shouldLandInTheOutbox() {
        browser.openAs("lead", "/sandbox/outbox");

        List<WebElement> subjects = browser.findAll(".sandbox-mail-subject");
        assertTrue(subjects.stream().anyMatch(s -> s.getText().contains("INI reached 100 %")));
    }

    /** What the project's work cost on the days given, plus 15 % overhead rounded per day, account and bill currency. */
    private BigDecimal labourWithOverhead(String project, LocalDate from, LocalDate to) throws Exception {
        Map<String, BigDecimal> byGroup = new HashMap<>();
        for (int issue = 1; issue <= 60; issue++) {
            for (int offset = 0; ; offset += 200) {
                JsonNode page = get("lead", "/rest/ratecard/1.0/issues/" + project + "-" + issue + "/ledger?limit=200&offset=" + offset);
                for (JsonNode entry : page.get("entries")) {
                    LocalDate day = LocalDate.parse(entry.get("workDate").asText());
                    if (!entry.get("cost").isNull() && !day.isBefore(from) && !day.isAfter(to)) {
                        String group = day + "|" + entry.get("accountKey").asText() + "|" + entry.get("bill").path("currency").asText("-");
                        byGroup.merge(group, new BigDecimal(entry.get("cost").get("amount").asText()), BigDecimal::add);
                    }
                }
                if (offset + 200 >= page.get("total").asLong()) {
                    break;
                }
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal cost : byGroup.values()) {
            total = total.add(cost).add(cost.multiply(OVERHEAD).setScale(2, RoundingMode.HALF_UP));
        }
        return total;
    }

    private BigDecimal expenses(String project) throws Exception {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode expense : get("lead", "/rest/ratecard/1.0/expenses?scopeKind=PROJECT&scopeKey=" + project + "&from=2026-05-01&to=2026-10-31")) {
            total = total.add(new BigDecimal(expense.get("amount").get("amount").asText()));
        }
        return total;
    }

    private List<Long> amounts(String polylineId) {
        String amounts = browser.find("#" + polylineId).getAttribute("data-amounts");
        return Arrays.stream(amounts.split(" ")).map(Long::parseLong).toList();
    }

    private static String euros(BigDecimal amount) {
        String digits = String.format(java.util.Locale.ENGLISH, "%,.2f", amount.abs());
        return (amount.signum() < 0 ? "-€" : "€") + digits;
    }

    private JsonNode post(String user, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Cookie", "ratecard.sandbox.user=" + user).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(path + " → " + response.body(), 201, response.statusCode());
        return JSON.readTree(response.body());
    }

    private JsonNode get(String user, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Cookie", "ratecard.sandbox.user=" + user).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(path + " → " + response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }
}

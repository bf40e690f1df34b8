package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.sandbox.Sandbox;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
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
 * The Insights pages in a real browser on the priced demo story: profitability (Acme's loss, its trend, the entries
 * behind it, the CSV), utilisation (the demo's October over, on and under target, a target changed by finance, an
 * agent's own row), the hints (the demo's rules, a dismissal with a markup-looking reason, the rule filter) and the
 * capacity calendar (an absence lowers My timesheet's expected hours, an .ics import, a refused file). After every
 * test the page's console holds no error and no script of the payloads ran; each page is also read in German.
 */
public class InsightsBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final String MARGIN = "/plugins/servlet/ratecard/insights/margin";
    private static final String UTILISATION = "/plugins/servlet/ratecard/insights/utilisation";
    private static final String HINTS = "/plugins/servlet/ratecard/insights/hints";
    private static final String CAPACITY = "/plugins/servlet/ratecard/capacity";
    private static final String DEMO_PERIOD = "?from=2026-05&to=2026-10&by=account";
    private static final String OCTOBER = "?from=2026-10&to=2026-10&by=person";
    private static final String PAYLOAD = "<img src=x onerror=\"window.ratecardPwned=1\"> agreed <script>window.ratecardPwned=1</script> with Globex";

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();
    private final SandboxRest finance = new SandboxRest(sandbox.url().toString(), "finance");
    private final PageWords english = PageWords.of("en");

    @BeforeClass
    public static void priceTheDemo() {
        SANDBOX.sandbox().priceAndSeedDemo();
    }

    @After
    public void noScriptRanAndTheConsoleHoldsNoError() {
        assertEquals("a script of a payload ran", Boolean.FALSE, browser.script("return typeof window.ratecardPwned !== 'undefined';"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void profitability_shouldShowAcmesLossInRedWithItsTrendAndTheEntriesBehindIt() throws Exception {
        JsonNode acme = row(finance.get("/rest/ratecard/1.0/insights/margin" + DEMO_PERIOD), "ACME", "EUR");
        assertTrue("the demo's Acme runs at a loss: " + acme, acme.get("grossMarginBase").get("amount").asText().startsWith("-"));
        browser.openAs("finance", MARGIN + DEMO_PERIOD);

        WebElement row = rowLabelled("#ratecard-margin tbody tr", acme.get("label").asText());
        assertTrue(row.getAttribute("class").contains("ratecard-loss"));
        assertEquals("red", "rgba(191, 38, 0, 1)", row.findElement(By.cssSelector("th")).getCssValue("color"));
        assertTrue(row.getText(), row.getText().contains("-€" + grouped(acme.get("grossMarginBase").get("amount").asText().substring(1))));
        String direction = acme.get("trend").get("direction").asText().toLowerCase(java.util.Locale.ROOT);
        WebElement trend = row.findElement(By.cssSelector(".ratecard-trend span"));
        assertEquals("ratecard-trend-" + direction, trend.getAttribute("class"));
        assertEquals(direction.equals("down") ? "\u2193" : direction.equals("up") ? "\u2191" : "\u2192", trend.getText());
        assertFalse(trend.getAttribute("title").isBlank());
        browser.screenshot("insights-margin");

        row.findElement(By.className("ratecard-margin-drill")).click();
        WebElement entries = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-margin-entries")));
        assertTrue(browser.driver.getCurrentUrl(), browser.driver.getCurrentUrl().contains("entries=1") && browser.driver.getCurrentUrl().contains("account=ACME"));
        long total = acme.get("entries").asLong();
        assertEquals("the rollups' count of the row's entries", english.text("ratecard.margin.entries") + " (" + total + ")",
                entries.findElement(By.tagName("h3")).getText());
        List<WebElement> first = entries.findElements(By.cssSelector("tbody tr"));
        assertEquals(Math.min(50, total), first.size());
        assertTrue(first.stream().allMatch(entry -> entry.getText().endsWith("ACME")));
        String firstWorklog = first.get(0).getAttribute("data-worklog");
        entries.findElement(By.cssSelector("a[rel=next]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("offset=50"));
        assertFalse(firstWorklog.equals(browser.find("#ratecard-margin-entries tbody tr").getAttribute("data-worklog")));
        assertFalse(browser.findAll("#ratecard-margin-entries a[rel=prev]").isEmpty());
    }

    @Test
    public void profitabilityByPerson_shouldSayWhenItsKeptFiguresWereComputedAndComputeThemNowOnRequest() throws Exception {
        String byPerson = "?from=2026-05&to=2026-10&by=person";
        JsonNode kept = finance.get("/rest/ratecard/1.0/insights/margin" + byPerson + "&fresh=true");
        browser.openAs("finance", MARGIN + byPerson);

        WebElement said = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-margin-snapshot")));
        String computedAt = kept.get("computedAt").asText();
        assertTrue(said.getText(), said.getText().contains(computedAt.substring(11, 16) + " UTC"));
        browser.screenshot("insights-margin-kept-snapshot");

        said.findElement(By.id("ratecard-margin-fresh")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("fresh=1"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-margin")));
        assertTrue("computed for this request: nothing kept to say", browser.findAll("#ratecard-margin-snapshot").isEmpty());
        assertTrue(finance.get("/rest/ratecard/1.0/insights/margin" + byPerson).get("snapshot").asBoolean());
    }

    @Test
    public void profitabilityCsv_shouldBeACsvFileWithTheReportsHeadAndAcmesMargin() throws Exception {
        JsonNode acme = row(finance.get("/rest/ratecard/1.0/insights/margin" + DEMO_PERIOD), "ACME", "EUR");
        browser.openAs("finance", MARGIN + DEMO_PERIOD);
        String url = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ratecard-margin-csv"))).getAttribute("href");

        HttpResponse<byte[]> csv = finance.download(url);

        assertTrue(csv.headers().firstValue("Content-Type").orElse(""), csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFF" + english.text("ratecard.margin.column.row") + ","
                + english.text("ratecard.margin.column.currency") + ","));
        assertTrue(lines.toString(), lines.stream().anyMatch(line -> line.startsWith(acme.get("label").asText() + ",EUR,")
                && line.contains("," + acme.get("grossMarginBase").get("amount").asText() + ",")));
    }

    @Test
    public void profitability_shouldBeRefusedToAnAgentWithTheForbiddenPage() {
        browser.openAs("agent01", MARGIN + DEMO_PERIOD);

        WebElement page = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-error-page")));
        assertEquals("403", page.getAttribute("data-status"));
        assertTrue(browser.findAll("#ratecard-margin").isEmpty());
        List<String> errors = browser.consoleErrors();
        assertTrue("only the page's own status: " + errors, errors.size() == 1 && errors.get(0).contains("403"));
    }

    @Test
    public void utilisation_shouldHighlightTheDemosOverAndUnderTargetAgentsAndFollowAChangedTarget() throws Exception {
        JsonNode report = finance.get("/rest/ratecard/1.0/insights/utilisation" + OCTOBER);
        browser.openAs("finance", UTILISATION + OCTOBER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-utilisation")));

        WebElement over = personRow(report, "agent12");
        WebElement on = personRow(report, "agent08");
        WebElement under = personRow(report, "agent05");
        assertEquals("OVER", over.getAttribute("data-state"));
        assertEquals("ON", on.getAttribute("data-state"));
        assertEquals("UNDER", under.getAttribute("data-state"));
        String plain = on.findElement(By.tagName("td")).getCssValue("background-color");
        assertFalse("over target is highlighted", plain.equals(over.findElement(By.tagName("td")).getCssValue("background-color")));
        assertFalse("under target is highlighted", plain.equals(under.findElement(By.tagName("td")).getCssValue("background-color")));
        assertEquals(english.text("ratecard.utilisation.state.OVER"), over.findElement(By.className("aui-lozenge")).getAttribute("textContent").trim());
        browser.screenshot("insights-utilisation");

        WebElement level = targetRow("Agent L1");
        String levelId = level.getAttribute("data-level");
        WebElement percent = level.findElement(By.name("billablePercent"));
        try {
            percent.clear();
            percent.sendKeys("60");
            level.findElement(By.className("ratecard-target-save")).click();
            browser.waitUntilGone(percent);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-utilisation")));

            assertEquals("85 % billable against a target of 60 %", "OVER", personRow(report, "agent08").getAttribute("data-state"));
            assertEquals("60", targetRow("Agent L1").findElement(By.name("billablePercent")).getAttribute("value"));
        } finally {
            finance.put("/rest/ratecard/1.0/insights/utilisation/targets/" + levelId, "{\"billablePercent\":\"85\"}");
        }
    }

    @Test
    public void utilisation_shouldShowAnAgentTheirOwnRowOnly() throws Exception {
        JsonNode report = finance.get("/rest/ratecard/1.0/insights/utilisation" + OCTOBER);
        browser.openAs("agent05", UTILISATION + OCTOBER);

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-utilisation")));
        List<WebElement> rows = browser.findAll("#ratecard-utilisation tbody tr");
        assertEquals(1, rows.size());
        assertEquals(label(report, "agent05"), rows.get(0).findElement(By.tagName("th")).getText());
        assertTrue("an agent edits no target", browser.findAll("#ratecard-utilisation-targets input").isEmpty());
    }

    @Test
    public void hints_shouldListTheDemosRulesAndKeepADismissalsReasonAsText() throws Exception {
        browser.openAs("finance", HINTS);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-hints")));
        Set<String> rules = new HashSet<>();
        browser.findAll("#ratecard-hints tbody tr").forEach(tr -> rules.add(tr.getAttribute("data-rule")));
        assertTrue(rules.toString(), rules.size() >= 5);
        browser.screenshot("insights-hints");

        WebElement stale = browser.find("#ratecard-hints tbody tr[data-rule='stale-bill-rates']");
        String id = stale.getAttribute("data-hint");
        stale.findElement(By.name("reason")).sendKeys(PAYLOAD);
        stale.findElement(By.cssSelector("form.ratecard-hint-dismiss button")).click();

        browser.waitUntilGone(stale);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-hints")));
        assertTrue("gone from the open hints", browser.findAll("#ratecard-hints tr[data-hint='" + id + "']").isEmpty());
        browser.openAs("finance", HINTS + "?state=dismissed");
        WebElement dismissed = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-hints tr[data-hint='" + id + "']")));
        assertTrue(dismissed.getText(), dismissed.getText().contains(PAYLOAD));
        assertTrue(dismissed.findElements(By.tagName("img")).isEmpty());
        AuditEntry audit = sandbox.audit("hint").get(0);
        assertEquals(List.of(id, "dismiss", "finance"), List.of(audit.entityId(), audit.action(), audit.userKey()));
        assertTrue(audit.afterJson(), audit.afterJson().contains("agreed"));
    }

    @Test
    public void hints_shouldBeFilteredByRule() {
        browser.openAs("finance", HINTS);
        WebElement filters = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-hints-filters")));
        new Select(filters.findElement(By.name("rule"))).selectByValue("missing-rates");
        filters.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(d -> d.getCurrentUrl().contains("rule=missing-rates"));
        List<WebElement> rows = browser.findAll("#ratecard-hints tbody tr");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(tr -> "missing-rates".equals(tr.getAttribute("data-rule"))));
    }

    @Test
    public void capacity_anAbsenceShouldLowerTheExpectedHoursOfMyTimesheet() throws Exception {
        finance.as("agent01").post("/sandbox/api/worklogs", "{\"issue\":\"ACME-2\",\"started\":\"2027-02-09T09:00:00Z\",\"timeSpentSeconds\":3600}");
        String week = "/plugins/servlet/ratecard/timesheet?cadence=WEEK&day=2027-02-08";
        assertEquals(hours("40"), expectedOfTheWeek(week));

        browser.openAs("finance", CAPACITY + "?year=2027");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-capacity-add-absence")));
        form.findElement(By.name("userKey")).sendKeys("agent01");
        date(form.findElement(By.name("firstDay")), "2027-02-10");
        date(form.findElement(By.name("lastDay")), "2027-02-11");
        form.findElement(By.name("reason")).sendKeys("Training <b>course</b>");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntilGone(form);
        WebElement absences = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-capacity-absences")));
        assertTrue(absences.getText(), absences.getText().contains("Training <b>course</b>"));

        assertEquals("two of the week's five days are away", hours("24"), expectedOfTheWeek(week));
    }

    @Test
    public void capacity_anIcsFileShouldImportItsHolidayAndAMalformedOneChangeNothing() throws Exception {
        Path good = Files.createTempFile("holidays", ".ics");
        Files.writeString(good, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ratecard tests//EN\r\nBEGIN:VEVENT\r\nUID:founders-2027@example.org\r\n"
                + "DTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20270503\r\nDTEND;VALUE=DATE:20270504\r\nSUMMARY:Founders Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        browser.openAs("finance", CAPACITY + "?year=2027");
        upload(good, "AT");
        browser.waiting().until(d -> d.findElement(By.id("ratecard-capacity-holidays")).getText().contains("Founders Day"));
        int holidays = finance.get("/rest/ratecard/1.0/capacity/holidays?year=2027").size();

        Path bad = Files.createTempFile("broken", ".ics");
        Files.writeString(bad, "BEGIN:VCALENDAR\r\nthis is not a calendar\r\n");
        upload(bad, "AT");

        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-capacity-page .ratecard-message")));
        assertFalse(message.getText().isBlank());
        assertEquals(holidays, finance.get("/rest/ratecard/1.0/capacity/holidays?year=2027").size());
        browser.screenshot("insights-capacity-refused");
        List<String> errors = browser.consoleErrors();
        assertTrue("only the refused upload: " + errors, errors.stream().allMatch(error -> error.contains("holidays/import") && error.contains("400")));
    }

    @Test
    public void capacity_anIcsFileOverTheLimitShouldBeRefusedInTheViewersLanguageBeforeUpload() throws Exception {
        Path large = Files.createTempFile("large", ".ics");
        Files.writeString(large, "BEGIN:VCALENDAR\r\n" + "X-FILL:0123456789\r\n".repeat(30_000) + "END:VCALENDAR\r\n");
        browser.openAs("finance", "de", CAPACITY + "?year=2027");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-capacity-import")));

        upload(large, "AT");

        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-capacity-page .ratecard-message")));
        assertTrue(message.getText(), message.getText().contains(PageWords.of("de").text("ratecard.capacity.icsTooLarge")));
    }

    @Test
    public void insightsMenu_shouldLeadToTheThreeReports() {
        browser.openAs("finance", CAPACITY);
        WebElement menu = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-insights-menu")));
        assertEquals(english.text("ratecard.nav.insights"), menu.getText());

        for (String[] report : List.of(new String[] {"ratecard-insights-margin", MARGIN, "ratecard.margin.page.title"},
                new String[] {"ratecard-insights-utilisation", UTILISATION, "ratecard.utilisation.title"},
                new String[] {"ratecard-insights-hints", HINTS, "ratecard.hints.title"})) {
            new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(browser.find("#ratecard-insights-menu")).perform();
            WebElement item = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(report[0])));
            item.click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith(report[1]));
            assertEquals(english.text(report[2]), browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratecard-page h2"))).getText());
        }
    }

    @Test
    public void everyPage_shouldSpeakGermanAndFitTheWindow() {
        PageWords german = PageWords.of("de");
        for (String[] page : List.of(new String[] {MARGIN + DEMO_PERIOD, "ratecard.margin.page.title"},
                new String[] {UTILISATION + OCTOBER, "ratecard.utilisation.title"}, new String[] {HINTS, "ratecard.hints.title"},
                new String[] {CAPACITY, "ratecard.capacity.title"})) {
            browser.openAs("finance", "de", page[0]);
            WebElement title = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratecard-page h2")));
            assertEquals(german.text(page[1]), title.getText());
            assertEquals(german.text("ratecard.nav.insights"), browser.find("#ratecard-insights-menu").getText());
            assertEquals(page[0] + ": " + browser.beyondTheRightEdge(), 0, browser.horizontalOverflow());
            browser.screenshot("insights-de-" + page[1].replace("ratecard.", "").replace(".", "-"));
        }
    }

    private String expectedOfTheWeek(String week) {
        browser.openAs("agent01", week);
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ratecard-timesheet-grid tfoot tr.ratecard-muted td:last-child")))
                .getText();
    }

    private String hours(String number) {
        return english.text("ratecard.timesheet.hours").replace("{0}", number);
    }

    private void upload(Path file, String country) {
        WebElement form = browser.find("#ratecard-capacity-import");
        WebElement field = form.findElement(By.name("country"));
        field.clear();
        field.sendKeys(country);
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void date(WebElement input, String isoDate) {
        browser.script("arguments[0].value = arguments[1];", input, isoDate);
    }

    private WebElement personRow(JsonNode report, String userKey) {
        return rowLabelled("#ratecard-utilisation tbody tr", label(report, userKey));
    }

    private WebElement targetRow(String levelName) {
        return rowLabelled("#ratecard-utilisation-targets tbody tr", levelName);
    }

    private WebElement rowLabelled(String rows, String label) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector(rows)).stream()
                .filter(tr -> tr.findElement(By.tagName("th")).getText().equals(label)).findFirst().orElse(null));
    }

    private static String label(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row.get("label").asText();
            }
        }
        throw new AssertionError("No row " + key + " in " + report);
    }

    private static JsonNode row(JsonNode report, String key, String currency) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key) && row.get("currency").asText().equals(currency)) {
                return row;
            }
        }
        throw new AssertionError("No row " + key + " " + currency + " in " + report);
    }

    /** 3474.45 as the English page writes it: 3,474.45. */
    private static String grouped(String amount) {
        return String.format(java.util.Locale.ENGLISH, "%,.2f", new java.math.BigDecimal(amount));
    }
}

package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A week's time from submission to a closed month, in a real browser, in English and in German: the agent submits
 * it on My timesheet, the lead rejects it with a reason on Approvals, the agent reads the reason and submits again,
 * the lead approves it, finance closes the month on Closed months; then Jira changes one of the week's worklogs, the
 * month shows one pending change, and finance accepts it. Each language uses its own agent, project and week.
 */
@RunWith(Parameterized.class)
public class TimesheetApprovalBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser(1366, 900);

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> runs() {
        return List.of(new Object[] {"en", "agent01", "ACME", "2026-11-02"}, new Object[] {"de", "agent02", "GLX", "2026-11-16"});
    }

    private final String language;
    private final String agent;
    private final String project;
    private final String monday;
    private final PageWords words;
    private final Browser browser = SANDBOX.browser();
    private final SandboxRest rest = new SandboxRest(SANDBOX.sandbox().url().toString(), "finance");

    public TimesheetApprovalBrowserIT(String language, String agent, String project, String monday) {
        this.language = language;
        this.agent = agent;
        this.project = project;
        this.monday = monday;
        this.words = PageWords.of(language);
    }

    @Test
    public void submitRejectResubmitApproveCloseThenAJiraEditIsAcceptedByFinance() throws Exception {
        String issue = project + "-3";
        String tuesday = java.time.LocalDate.parse(monday).plusDays(1) + "T09:00:00Z";
        long worklog = logged(issue, monday.replace("-02", "-03").replace("-16", "-17"), 3600);
        logged(issue, monday.replace("-02", "-04").replace("-16", "-18"), 7200);
        String week = "?cadence=WEEK&day=" + monday;

        open(agent, "/plugins/servlet/ratecard/timesheet" + week, "timesheet-grid");
        assertTrue(browser.find("#ratecard-timesheet-grid").getText().contains(issue));
        assertEquals(words.text("ratecard.timesheet.hours").replace("{0}", "3"), browser.find("#ratecard-timesheet-total").getText());
        assertState("OPEN");
        submit();
        assertState("SUBMITTED");

        open("lead", "/plugins/servlet/ratecard/approvals" + week, "approvals");
        WebElement row = browser.find("#ratecard-approvals tr[data-user=" + agent + "]");
        assertTrue(row.getAttribute("textContent").contains(words.text("ratecard.timesheet.state.SUBMITTED")));
        String reason = "<b>Split</b> the call on " + monday;
        decide("ratecard-reject", reason);
        browser.waiting().until(d -> rowState(d.findElement(By.cssSelector("#ratecard-approvals tr[data-user=" + agent + "]"))).equals("REJECTED"));
        shot("approvals-rejected");

        open(agent, "/plugins/servlet/ratecard/timesheet" + week, "timesheet-grid");
        assertState("REJECTED");
        assertEquals("the reason is shown as text", reason, browser.find("#ratecard-timesheet-reason p:last-child").getText());
        submit();
        assertState("SUBMITTED");

        open("lead", "/plugins/servlet/ratecard/approvals" + week, "approvals");
        decide("ratecard-approve", null);
        browser.waiting().until(d -> rowState(d.findElement(By.cssSelector("#ratecard-approvals tr[data-user=" + agent + "]"))).equals("APPROVED"));

        open("finance", "/plugins/servlet/ratecard/periods?to=2026-11", "periods");
        String cell = "#ratecard-periods td[data-month='2026-11'][data-project='" + project + "']";
        browser.find(cell + " .ratecard-choose-period").click();
        browser.find("#ratecard-close-form input[name=reason]").sendKeys("Payroll run");
        browser.find("#ratecard-close-month").click();
        browser.waiting().until(d -> d.findElement(By.cssSelector(cell)).getAttribute("class").contains("ratecard-closed"));
        assertTrue(browser.find(cell).getAttribute("textContent").contains(words.text("ratecard.periods.closed")));

        rest.as(agent).put("/sandbox/api/worklogs/" + worklog, "{\"started\":\"" + tuesday + "\",\"timeSpentSeconds\":5400}");

        open("finance", "/plugins/servlet/ratecard/periods?to=2026-11", "periods");
        List<WebElement> pending = browser.findAll("#ratecard-pending-changes tbody tr");
        assertEquals(1, pending.size());
        assertTrue(pending.get(0).getText().contains(words.text("ratecard.periods.kind.EDITED")));
        assertTrue(browser.find(cell).getText().contains(words.text("ratecard.periods.pendingCount").replace("{0}", "1")));
        shot("periods-pending");
        pending.get(0).findElement(By.cssSelector(".ratecard-accept-change")).click();
        browser.waiting().until(d -> !d.findElements(By.id("ratecard-pending-none")).isEmpty());

        JsonNode entries = rest.get("/rest/ratecard/1.0/issues/" + issue + "/ledger");
        assertTrue("the accepted change is priced into the ledger: " + entries, entries.toString().contains("5400"));
    }

    private long logged(String issue, String day, long seconds) throws Exception {
        return rest.as(agent).post("/sandbox/api/worklogs", "{\"issue\":\"" + issue + "\",\"started\":\"" + day + "T09:00:00Z\",\"timeSpentSeconds\":"
                + seconds + "}").get("id").asLong();
    }

    /** Opens a page as the user and checks it is the viewer's language and fits the window. */
    private void open(String user, String path, String step) {
        browser.openAs(user, language, path);
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".ratecard-page")).isEmpty());
        String title = browser.find(".ratecard-page h2").getText();
        assertTrue(title, List.of(words.text("ratecard.timesheet.title"), words.text("ratecard.approvals.title"), words.text("ratecard.periods.title"))
                .contains(title));
        assertEquals(browser.beyondTheRightEdge(), 0, browser.horizontalOverflow());
        shot(step);
    }

    private void submit() {
        browser.find("#ratecard-timesheet-submit").click();
        browser.waiting().until(d -> d.findElement(By.id("ratecard-timesheet-state")).getAttribute("data-state").equals("SUBMITTED"));
    }

    private void assertState(String state) {
        WebElement lozenge = browser.find("#ratecard-timesheet-state");
        assertEquals(state, lozenge.getAttribute("data-state"));
        assertEquals(words.text("ratecard.timesheet.state." + state), lozenge.getAttribute("textContent").trim());
    }

    /** Chooses the agent's timesheet with the keyboard and presses the button; a reason when given. */
    private void decide(String button, String reason) {
        WebElement box = browser.find("#ratecard-approvals tr[data-user=" + agent + "] input[name=users]");
        box.sendKeys(" ");
        assertTrue(box.isSelected());
        if (reason != null) {
            browser.find("#ratecard-reject-reason").sendKeys(reason);
        }
        browser.find("#" + button).click();
    }

    private static String rowState(WebElement row) {
        return row.getAttribute("data-state");
    }

    private void shot(String step) {
        browser.screenshot("timesheets-" + language + "-" + step);
    }
}

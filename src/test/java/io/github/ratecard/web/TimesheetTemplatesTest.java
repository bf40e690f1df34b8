package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** The three timesheet pages, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class TimesheetTemplatesTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";
    private static final MyTimesheetView.Period WEEK = new MyTimesheetView.Period("WEEK", "2026-11-02", "Week 45, 2026", "Nov 2, 2026 – Nov 8, 2026",
            "?cadence=WEEK&day=2026-10-26", "?cadence=WEEK&day=2026-11-09");

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void myTimesheet_shouldEscapeTheIssuesSummaryAndTheReason() throws Exception {
        String html = render(MyTimesheetServlet.TEMPLATE, timesheet("REJECTED", PAYLOAD, List.of(issue(PAYLOAD))), Locale.ENGLISH);

        assertSafe(html);
        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    public void myTimesheet_shouldShowEachDaysTotalAgainstItsExpectedHoursAndOfferSubmit() throws Exception {
        String html = render(MyTimesheetServlet.TEMPLATE, timesheet("OPEN", "", List.of(issue("Printer jam"))), Locale.ENGLISH);

        assertThat(html, containsString("<td class=\"ratecard-money ratecard-day-under\" data-day=\"2026-11-02\">1.5</td>"));
        assertThat(html, containsString("Expected hours come from the capacity calendar"));
        assertThat(html, containsString("id=\"ratecard-timesheet-submit\""));
        assertThat(html, not(containsString("id=\"ratecard-timesheet-reason\"")));
    }

    @Test
    public void myTimesheetWithoutWork_shouldSayWhyAndWhatToDoAndOfferNoSubmit() throws Exception {
        String html = render(MyTimesheetServlet.TEMPLATE, timesheet("OPEN", "", List.of()), Locale.ENGLISH);

        assertThat(html, containsString("You logged no work in this period. Log work on your issues in Jira"));
        assertThat(html, not(containsString("id=\"ratecard-timesheet-submit\"")));
    }

    @Test
    public void approvals_shouldEscapeUserNamesAndShowWarningsOnlyWhereThereAreSome() throws Exception {
        ApprovalRow warned = new ApprovalRow("ana", PAYLOAD, "ACME", "SUBMITTED", "Submitted", "aui-lozenge",
                new ApprovalRow.Figures("3 h", "100 %", "2 entries without a rate", "Changed since submission"));
        ApprovalRow clean = new ApprovalRow("ben", "Ben", "ACME", "SUBMITTED", "Submitted", "aui-lozenge", new ApprovalRow.Figures("8 h", "50 %", "", ""));

        String html = render(ApprovalsServlet.TEMPLATE, approvals(List.of(warned, clean)), Locale.ENGLISH);

        assertSafe(html);
        assertEquals(1, count(html, "ratecard-missing-rates"));
        assertEquals(1, count(html, "ratecard-changed"));
        assertThat(html, containsString("Changed since submission"));
    }

    @Test
    public void approvalsWithoutTimesheets_shouldSayWhoseTimeTheViewerApproves() throws Exception {
        String html = render(ApprovalsServlet.TEMPLATE, approvals(List.of()), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-approvals-none\""));
        assertThat(html, containsString("You approve the time of the projects you lead"));
        assertThat(html, not(containsString("id=\"ratecard-approve\"")));
    }

    @Test
    public void periods_shouldEscapeProjectNamesAndOfferAcceptAndFlagForEachPendingChange() throws Exception {
        PeriodsView view = new PeriodsView(List.of(new FieldOption("2026-11", "Nov 2026", true)),
                List.of(new FieldOption("", "Every project", true), new FieldOption("ACME", "ACME – " + PAYLOAD, false)),
                List.of(new PeriodScope("ACME – " + PAYLOAD, List.of(new PeriodCell("2026-11", "ACME", true, "Closed", 1, "1 pending")))),
                List.of(new PageRow("7", PAYLOAD, List.of("ACME", "Nov 3, 2026", "Work changed", "1 h", "1.5 h", "+0.5 h"), "", null)),
                "3 more pending changes", "?to=2026-05", "?to=2027-05");

        String html = render(PeriodsServlet.TEMPLATE, view, Locale.ENGLISH);

        assertSafe(html);
        assertThat(html, containsString("class=\"aui-button ratecard-accept-change\" data-change=\"7\""));
        assertThat(html, containsString("class=\"aui-button ratecard-flag-change\" data-change=\"7\""));
        assertThat(html, containsString("1 pending"));
        assertThat(html, containsString("id=\"ratecard-pending-more\">3 more pending changes"));
    }

    @Test
    public void pages_shouldSpeakGerman() throws Exception {
        assertThat(render(MyTimesheetServlet.TEMPLATE, timesheet("OPEN", "", List.of(issue("x"))), Locale.GERMAN),
                containsString("Stundenzettel einreichen"));
        assertThat(render(ApprovalsServlet.TEMPLATE, approvals(List.of()), Locale.GERMAN), containsString("Genehmigungen"));
    }

    private static MyTimesheetView timesheet(String state, String reason, List<PageRow> issues) {
        List<PageRow> days = List.of(new PageRow("2026-11-02", "Mon 11/2/26", List.of("1.5"), "under", "8"),
                new PageRow("2026-11-08", "Sun 11/8/26", List.of("0"), "", "0"));
        return new MyTimesheetView(WEEK, new MyTimesheetView.State(state, state, "aui-lozenge", reason, !"SUBMITTED".equals(state)), days, issues,
                "1.5 h", "8 h", "Expected hours come from the capacity calendar: your hours per working day, without weekends, public holidays of your country and your absences.");
    }

    private static PageRow issue(String summary) {
        return new PageRow("ACME-7", summary, List.of("1.5", "", "1.5"), "", null);
    }

    private static ApprovalsView approvals(List<ApprovalRow> rows) {
        return new ApprovalsView(WEEK, new ApprovalsView.Filters("", "", ""), List.of(new FieldOption("", "Any state", true)),
                List.of(new FieldOption("", "Any project", true)), rows, rows.isEmpty() ? "There are no timesheets for you to approve in this period."
                + " You approve the time of the projects you lead or hold Manage budgets in, never your own." : "");
    }

    private static void assertSafe(String html) {
        assertThat(html, not(containsString("<script")));
    }

    private static int count(String html, String text) {
        return html.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    private String render(String template, Object view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/plugins/servlet/ratecard/page");
        context.put("servletBase", "/plugins/servlet/ratecard");
        context.put("contextPath", "");
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }
}

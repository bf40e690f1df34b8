package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertThat;

import io.github.ratecard.approval.ApprovalMarks;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The Cost & billing panel template, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class CostPanelTemplateTest {

    static final String TEMPLATE = "templates/panel/cost-billing.vm";

    /** Strings people control (account and customer names, display names, override reasons) as an attacker would write them. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.ratecardPwned=1</script>",
            "\"><img src=x onerror=\"window.ratecardPwned=1\">",
            "' onmouseover='window.ratecardPwned=1",
            "javascript:window.ratecardPwned=1",
            "</textarea><svg onload=window.ratecardPwned=1>",
            "\u202e<script>\u200bwindow.ratecardPwned=1</script>",
            "\uff1cscript\uff1ewindow.ratecardPwned=1\uff1c/script\uff1e");

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void panel_shouldShowAccountBillableTimesAndAmountWithTheirSources() throws Exception {
        String html = render(view("Acme Ltd (ACME)", "Ana Okafor", null, null), Locale.ENGLISH);

        assertThat(html, containsString("Acme Ltd (ACME) <span class=\"ratecard-muted\">(the project&#39;s default)</span>"));
        assertThat(html, containsString("id=\"ratecard-panel-time\">3h 20m / 3h 30m</dd>"));
        assertThat(html, containsString("id=\"ratecard-panel-bill\">€203.00</dd>"));
        assertThat(html, containsString("<span class=\"ratecard-panel-author\">Ana Okafor</span>"));
    }

    @Test
    public void panel_shouldShowCostOnlyWhenTheViewMayHaveIt() throws Exception {
        assertThat(render(view("Acme Ltd (ACME)", "Ana", null, "€85.00"), Locale.ENGLISH), containsString("id=\"ratecard-panel-cost\">€85.00"));
        assertThat(render(view("Acme Ltd (ACME)", "Ana", null, null), Locale.ENGLISH), not(containsString("ratecard-panel-cost")));
    }

    @Test
    public void panel_shouldBadgeOverridesAndMissingRates() throws Exception {
        String html = render(view("Acme Ltd (ACME)", "Ana", "Training, agreed with the client", null), Locale.ENGLISH);

        assertThat(html, containsString("title=\"Training, agreed with the client\">Override</span>"));
        assertThat(html, containsString("ratecard-row-status\">Missing rate</span>"));
        assertThat(html, containsString("<strong>1</strong> worklogs have no price yet"));
    }

    @Test
    public void panel_shouldSayWhenTheIssuesAccountIsNotLinkedToItsProject() throws Exception {
        CostPanelView view = new CostPanelView("ACME-9", "Acme Corporation (ACME)", true, "ratecard.panel.source.project-default", true,
                "ratecard.panel.source.account-category", "1h", "1h", "€58.00", null, 1, 0, List.of(), "/all");

        assertThat(render(view, Locale.ENGLISH), containsString("is not linked to this project"));
    }

    @Test
    public void panel_shouldSayClearlyWhenThereIsNothingYet() throws Exception {
        CostPanelView empty = new CostPanelView("ACME-9", null, false, "ratecard.panel.source.none", false, "ratecard.panel.source.none",
                "0m", "0m", "–", null, 0, 0, List.of(), "/all");

        String html = render(empty, Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-panel-empty\""));
        assertThat(html, containsString("Link the project to a client account"));
    }

    @Test
    public void panel_shouldShowTheEpicsBudgetAsABarWithItsAlert() throws Exception {
        CostPanelView view = new CostPanelView("ACME-9", "Acme Ltd (ACME)", false, "ratecard.panel.source.project-default", true,
                "ratecard.panel.source.account-category", "1h", "1h", "€58.00", "€30.00", 1, 0, List.of(), "/all", "The 1 worklog",
                List.of(new PanelBudgetView(6, "Budget of ACME-1", "84.5 % used", 84, "Budget €1,000 · run-rate forecast €1,200", "warning", "Reached 80 %")));

        String html = render(view, Locale.ENGLISH);

        assertThat(html, containsString("<meter min=\"0\" max=\"100\" low=\"80\" high=\"99\" optimum=\"0\" value=\"84\">84.5 % used</meter>"));
        assertThat(html, containsString("ratecard-budget-bar ratecard-state-warning"));
        assertThat(html, containsString("<p>Reached 80 %</p>"));
        assertThat(html, containsString(">Budget €1,000 · run-rate forecast €1,200</span>"));
    }

    @Test
    public void invoicedWorklog_shouldCarryAnInvoicedLozengeNamingItsInvoiceInItsTitle() throws Exception {
        CostPanelRow invoiced = new CostPanelRow("Ana", "Apr 16, 2026", "1h", "1h", "€58.00", null, null, true, "ACME-2026-0004", false);

        String html = render(withRows(List.of(invoiced)), Locale.ENGLISH);

        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-success ratecard-invoiced\" title=\"Invoiced on ACME-2026-0004\">Invoiced</span>"));
        assertThat(html, not(containsString("Billed on")));
    }

    @Test
    public void worklogsInTimesheets_shouldCarryTheirApprovalBadges() throws Exception {
        CostPanelRow approvedAndChanged = row(new ApprovalMarks.Mark(Optional.of(TimesheetState.APPROVED), false, true));
        CostPanelRow rejected = row(new ApprovalMarks.Mark(Optional.of(TimesheetState.REJECTED), false, false));
        CostPanelRow closed = row(new ApprovalMarks.Mark(Optional.empty(), true, false));

        String html = render(withRows(List.of(approvedAndChanged, rejected, closed)), Locale.ENGLISH);

        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-success ratecard-approval ratecard-approval-approved\">Approved</span>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-moved ratecard-changed-after-approval\">Changed after approval</span>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-removed ratecard-approval ratecard-approval-rejected\">Rejected</span>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-complete ratecard-closed-period\">Closed period</span>"));
    }

    @Test
    public void approvalBadges_shouldSpeakGerman() throws Exception {
        String html = render(withRows(List.of(row(new ApprovalMarks.Mark(Optional.of(TimesheetState.SUBMITTED), true, true)))), Locale.GERMAN);

        assertThat(html, containsString(">Eingereicht</span>"));
        assertThat(html, containsString(">Abgeschlossener Monat</span>"));
        assertThat(html, containsString(">Nach Genehmigung ge\u00e4ndert</span>"));
    }

    @Test
    public void worklogNobodyActedOn_shouldCarryNoApprovalBadge() throws Exception {
        String html = render(withRows(List.of(row(ApprovalMarks.Mark.NONE))), Locale.ENGLISH);

        assertThat(html, not(containsString("ratecard-approval")));
        assertThat(html, not(containsString("ratecard-closed-period")));
        assertThat(html, not(containsString("ratecard-changed-after-approval")));
    }

    private static CostPanelRow row(ApprovalMarks.Mark mark) {
        return new CostPanelRow("Ana", "Nov 3, 2026", "1h", "1h", "\u20ac58.00", null, null, false, null, false, mark);
    }

    @Test
    public void worklogNotInvoiced_shouldCarryNoLozenge() throws Exception {
        String html = render(view("Acme Ltd (ACME)", "Ana", null, null), Locale.ENGLISH);

        assertThat(html, not(containsString("ratecard-invoiced")));
    }

    @Test
    public void panel_shouldLinkAllWorklogsWithTheirCount() throws Exception {
        String html = render(view("Acme Ltd (ACME)", "Ana", null, null), Locale.ENGLISH);

        assertThat(html, containsString("<a id=\"ratecard-panel-more\" href=\"/all\">All 2 worklogs</a>"));
    }

    @Test
    public void accountButNoWork_shouldSayWhatToDo() throws Exception {
        CostPanelView noWork = new CostPanelView("ACME-9", "Acme Ltd (ACME)", false, "ratecard.panel.source.project-default", true,
                "ratecard.panel.source.account-category", "0m", "0m", "–", null, 0, 0, List.of(), "/all");

        String html = render(noWork, Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-panel-no-work\">No work logged on this issue yet: log work"));
        assertThat(html, not(containsString("ratecard-panel-more")));
    }

    @Test
    public void panel_shouldSpeakGerman() throws Exception {
        assertThat(render(view("Acme Ltd (ACME)", "Ana", null, null), Locale.GERMAN), containsString("Gearbeitet / abgerechnet"));
    }

    @Test
    public void panel_shouldEscapeEveryStringPeopleControl() throws Exception {
        for (String payload : PAYLOADS) {
            String html = render(view(payload, payload, payload, null), Locale.ENGLISH);

            assertThat(html, not(containsString("<script>")));
            assertThat(html, not(containsString("<img")));
            assertThat(html, not(containsString("<svg")));
            assertThat(html, not(containsString("</textarea>")));
            assertThat(html, not(containsString("' onmouseover='")));
            assertThat(html, not(containsString("href=\"javascript:")));
            assertThat(html, not(containsString("src=\"javascript:")));
        }
    }

    private static CostPanelView view(String account, String author, String overrideReason, String cost) {
        List<CostPanelRow> rows = List.of(
                new CostPanelRow(author, "Apr 16, 2026", "1h", "1h", "€58.00", overrideReason, null, false),
                new CostPanelRow(author, "Apr 15, 2026", "2h 20m", "2h 30m", "", null, "ratecard.panel.missingRate", false));
        return new CostPanelView("ACME-7", account, false, "ratecard.panel.source.project-default", true,
                "ratecard.panel.source.account-category", "3h 20m", "3h 30m", "€203.00", cost, 2, 1, rows, "/all", "All 2 worklogs", List.of());
    }

    private static CostPanelView withRows(List<CostPanelRow> rows) {
        return new CostPanelView("ACME-7", "Acme Ltd (ACME)", false, "ratecard.panel.source.project-default", true,
                "ratecard.panel.source.account-category", "1h", "1h", "€58.00", null, rows.size(), 0, rows, "/all", "All worklogs", List.of());
    }

    private String render(CostPanelView view, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(TEMPLATE, Map.of("i18n", new PageText(new BundleI18n(() -> locale)), "view", view), out);
        return out.toString();
    }
}

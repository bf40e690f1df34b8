package io.github.ratecard.sandbox;

import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbProject;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import io.github.ratecard.sandbox.model.SbWorklog;
import io.github.ratecard.web.CostPanel;
import io.github.ratecard.web.WorkDuration;
import io.github.ratecard.web.PageText;
import io.github.ratecard.web.WebResources;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A Jira-like issue page at {@code /browse/KEY}: the issue's details and its Account and Billable
 * fields on the left (editable by whoever may manage budgets, as Jira's edit screen would be), the
 * app's Cost & billing panel in the right column, rendered from the descriptor's template under
 * the panel's condition.
 */
final class IssuePageServlet extends HttpServlet {

    static final String TEMPLATE = "sandbox/templates/issue.vm";
    static final String PANEL_TEMPLATE = "templates/panel/cost-billing.vm";
    private static final long serialVersionUID = 1L;
    static final String WORKLOG_TAB = "com.atlassian.jira.plugin.system.issuetabpanels:worklog-tabpanel";
    private static final int WORKLOG_PAGE = 50;

    private final transient VelocityTemplateRenderer renderer;
    private final transient SandboxStore store;
    private final transient PageShell shell;
    private final transient SandboxSession session;
    private final transient BundleI18n i18n;
    private final transient CostPanel panel;
    private final transient IssueBillingService billing;

    IssuePageServlet(VelocityTemplateRenderer renderer, SandboxStore store, PageShell shell, SandboxSession session, BundleI18n i18n,
                     CostPanel panel, IssueBillingService billing) {
        this.renderer = renderer;
        this.store = store;
        this.shell = shell;
        this.session = session;
        this.i18n = i18n;
        this.panel = panel;
        this.billing = billing;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<SbIssue> found = store.issue(key);
        if (found.isEmpty()) {
            issueNotFound(key, response);
            return;
        }
        if (session.currentViewer().isEmpty()) {
            response.sendRedirect("/?login=required&returnTo=" + URLEncoder.encode("/browse/" + key, StandardCharsets.UTF_8));
            return;
        }
        SbIssue issue = found.get();
        SbProject project = store.projectById(issue.getProjectId()).orElseThrow();
        IssueRef ref = new IssueRef(issue.getID(), issue.getIssueKey(), project.getID());
        if (!session.currentUserMaySee(ref)) {
            issueNotFound(key, response);
            return;
        }
        IssueBilling fields = billing.fieldsOf(ref.id());
        Map<String, Object> context = new HashMap<>();
        context.put("issueKey", issue.getIssueKey());
        context.put("summary", issue.getSummary());
        context.put("projectName", project.getName());
        context.put("projectKey", project.getProjectKey());
        context.put("assignee", issue.getAssigneeKey() == null ? "" : store.user(issue.getAssigneeKey()).map(u -> u.getDisplayName())
                .orElse(issue.getAssigneeKey()));
        context.put("accountField", fields.accountKey() == null ? "" : fields.accountKey());
        context.put("billableField", fields.billable() == null ? "" : fields.billable().label());
        context.put("accountOptions", billing.accountOptions(ref.projectId()).stream()
                .map(a -> Map.of("key", a.key(), "label", a.name() + " (" + a.key() + ")")).collect(Collectors.toList()));
        context.put("canEdit", session.mayManageBudgets(ref.projectId()));
        context.put("panelHtml", panelHtml(ref));
        boolean workLogTab = WORKLOG_TAB.equals(request.getParameter("page"));
        context.put("workLogTab", workLogTab);
        if (workLogTab) {
            putWorkLog(context, issue, request.getParameter("startIndex"));
        }
        SandboxSession.requiredResources().add(WebResources.PLUGIN_KEY + ":ratecard-panel-resources");
        StringWriter body = new StringWriter();
        renderer.render(TEMPLATE, context, body);
        response.setContentType("text/html;charset=UTF-8");
        shell.render(issue.getIssueKey() + " " + issue.getSummary(), body.toString(), "/browse/" + key, response.getWriter());
    }

    /** The panel as Jira would render it: the condition first, then the context provider's view into the descriptor's template. */
    private String panelHtml(IssueRef issue) throws IOException {
        StringWriter out = new StringWriter();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", panel.viewOf(issue, "/browse/" + issue.key() + "?page=" + WORKLOG_TAB + "#worklog-tabpanel"));
        renderer.render(PANEL_TEMPLATE, context, out);
        return out.toString();
    }

    /** Jira's Work Log tab of the issue, which the panel's "All N worklogs" opens: every worklog, newest first, a page at a time. */
    private void putWorkLog(Map<String, Object> context, SbIssue issue, String startIndex) {
        int total = store.worklogCountOfIssue(issue.getID());
        int start;
        try {
            start = startIndex == null ? 0 : Math.max(0, Math.min(Integer.parseInt(startIndex), Math.max(0, total - 1)));
        } catch (NumberFormatException e) {
            start = 0;
        }
        DateTimeFormatter started = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(SandboxSession.locale())
                .withZone(ZoneOffset.UTC);
        List<Map<String, String>> rows = new ArrayList<>();
        for (SbWorklog worklog : store.worklogsOfIssue(issue.getID(), start, WORKLOG_PAGE)) {
            rows.add(Map.of("author", store.user(worklog.getAuthorKey()).map(u -> u.getDisplayName()).orElse(worklog.getAuthorKey()),
                    "started", started.format(Instant.ofEpochMilli(worklog.getStartedMillis())),
                    "spent", WorkDuration.format(worklog.getTimeSpent()),
                    "comment", worklog.getComment() == null ? "" : worklog.getComment()));
        }
        String base = "/browse/" + issue.getIssueKey() + "?page=" + WORKLOG_TAB;
        context.put("workLog", rows);
        context.put("workLogTotal", total);
        context.put("workLogFrom", total == 0 ? 0 : start + 1);
        context.put("workLogTo", start + rows.size());
        context.put("workLogPrevious", start > 0 ? base + "&startIndex=" + Math.max(0, start - WORKLOG_PAGE) : "");
        context.put("workLogNext", start + WORKLOG_PAGE < total ? base + "&startIndex=" + (start + WORKLOG_PAGE) : "");
    }

    /** As Jira answers an unknown issue and one the viewer may not browse alike: framed, without telling which. */
    private void issueNotFound(String key, HttpServletResponse response) throws IOException {
        shell.notFound("Issue does not exist", "The issue " + key + " does not exist, or you do not have permission to see it.",
                "/browse/" + key, response);
    }
}

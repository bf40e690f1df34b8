package io.github.ratecard.sandbox;

import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbProject;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import io.github.ratecard.web.CostPanel;
import io.github.ratecard.web.PageText;
import io.github.ratecard.web.WebResources;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
        context.put("view", panel.viewOf(issue, "/rest/ratecard/1.0/issues/" + issue.key() + "/ledger?limit=200"));
        renderer.render(PANEL_TEMPLATE, context, out);
        return out.toString();
    }

    /** As Jira answers an unknown issue and one the viewer may not browse alike: framed, without telling which. */
    private void issueNotFound(String key, HttpServletResponse response) throws IOException {
        shell.notFound("Issue does not exist", "The issue " + key + " does not exist, or you do not have permission to see it.",
                "/browse/" + key, response);
    }
}

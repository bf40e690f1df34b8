package io.github.ratecard.sandbox;

import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.sandbox.model.SbProject;
import io.github.ratecard.web.BillingReportPage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Plays a project's Reports page for the billing report: {@code /sandbox/reports/billing?project=ACME}
 * with the report's parameters as Jira's report form sends them, the result in the sandbox frame.
 * Also behind Jira's own address, {@code /secure/ConfigureReport.jspa?selectedProjectId=…}.
 */
final class ReportPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxStore store;
    private final transient PageShell shell;
    private final transient BillingReportPage report;

    ReportPageServlet(SandboxStore store, PageShell shell, BillingReportPage report) {
        this.store = store;
        this.shell = shell;
        this.report = report;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SbProject> project = Optional.ofNullable(request.getParameter("project")).flatMap(store::project)
                .or(() -> projectById(request.getParameter("selectedProjectId")));
        if (project.isEmpty()) {
            shell.notFound("Project not found", "The report needs a project that exists and that you may see.", request.getRequestURI(), response);
            return;
        }
        Map<String, String> params = new HashMap<>();
        for (String name : new String[] {"account", "from", "to", "groupBy", "approval"}) {
            if (request.getParameter(name) != null) {
                params.put(name, request.getParameter(name));
            }
        }
        SbProject p = project.get();
        StringBuilder form = new StringBuilder("<form class=\"ratecard-form\" id=\"sb-report-form\" method=\"get\"><input type=\"hidden\" name=\"project\" value=\"")
                .append(Html.escape(p.getProjectKey())).append("\">");
        for (String name : new String[] {"account", "from", "to", "groupBy", "approval"}) {
            form.append("<label>").append(name).append(" <input name=\"").append(name).append("\" value=\"")
                    .append(Html.escape(params.getOrDefault(name, ""))).append("\"></label>");
        }
        form.append("<button type=\"submit\" class=\"aui-button\">Next</button></form>");
        String body = report.render(new ProjectRef(p.getID(), p.getProjectKey(), p.getName(), p.getLeadKey()), params, "/rest/ratecard/1.0");
        response.setContentType("text/html;charset=UTF-8");
        shell.render("Billing report · " + p.getProjectKey(), form + body, "/sandbox/reports/billing", response.getWriter());
    }

    private Optional<SbProject> projectById(String id) {
        return id == null || !id.matches("\\d{1,18}") ? Optional.empty() : store.projectById(Long.parseLong(id));
    }
}

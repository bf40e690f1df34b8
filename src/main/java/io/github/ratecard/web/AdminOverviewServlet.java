package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.jobs.StepHealth;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.rest.BuildInfo;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Jira administration → Ratecard → Overview: which version runs and how worklog events are flowing. */
public class AdminOverviewServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/overview.vm";

    private static final long serialVersionUID = 1L;

    private final transient PageGuard guard;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient BuildInfo buildInfo;
    private final transient WorklogIntake intake;
    private final transient StepHealth steps;

    public AdminOverviewServlet(PageGuard guard, TemplateRenderer renderer, PageBuilderService pageBuilder,
                                I18nResolver i18n, BuildInfo buildInfo, WorklogIntake intake, StepHealth steps) {
        this.guard = guard;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.buildInfo = buildInfo;
        this.intake = intake;
        this.steps = steps;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitAdmin(request, response)) {
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("restBase", request.getContextPath() + "/rest/ratecard/1.0");
        context.put("view", AdminOverviewView.of(buildInfo.version(), intake.received(), intake.failed(), steps.steps()));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}

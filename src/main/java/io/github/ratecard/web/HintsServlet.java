package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.access.AccessPolicy;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/insights/hints}: the cost-optimisation hints the viewer may see,
 * filtered by {@code state=}, {@code rule=}, {@code account=} and {@code project=} (a key). Anybody
 * signed in; a project the viewer may not see the costs of is refused (403), an unknown one is 404.
 */
public class HintsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/insights/hints.vm";

    private final transient PageGuard guard;
    private final transient HintsPage page;
    private final transient ProjectDirectory projects;
    private final transient AccessPolicy access;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public HintsServlet(PageGuard guard, HintsPage page, ProjectDirectory projects, AccessPolicy access, TemplateRenderer renderer,
                        PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.page = page;
        this.projects = projects;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitSignedIn(request, response)) {
            return;
        }
        String projectKey = given(request, "project");
        Optional<ProjectRef> project = projectKey.isEmpty() ? Optional.empty()
                : projects.byKey(projectKey).filter(p -> access.mayKnowProject(p.id()));
        if (!projectKey.isEmpty() && project.isEmpty()) {
            guard.notFound(request, response);
            return;
        }
        HintsView view;
        try {
            view = page.viewOf(given(request, "state"), given(request, "rule"), given(request, "account"), project.map(ProjectRef::id).orElse(null),
                    projectKey, request.getContextPath());
        } catch (AccessDeniedException e) {
            guard.refuse(request, response);
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "state is open, dismissed, resolved or all; rule one of the rules' ids");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", view);
        context.put("pageUrl", request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.HINTS);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    private static String given(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}

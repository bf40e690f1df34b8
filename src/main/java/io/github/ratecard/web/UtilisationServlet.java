package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.domain.NotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/insights/utilisation}: the utilisation report ({@code from=}, {@code to=},
 * {@code by=}, {@code group=}, {@code project=}) and the staff levels' targets. Anybody signed in sees it and
 * the rows they may see; a project they do not lead is refused with the 403 page, an unknown one with the 404 page.
 */
public class UtilisationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/insight/utilisation.vm";

    private final transient PageGuard guard;
    private final transient UtilisationPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public UtilisationServlet(PageGuard guard, UtilisationPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.page = page;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitSignedIn(request, response)) {
            return;
        }
        UtilisationView view;
        try {
            view = page.viewOf(request.getParameter("from"), request.getParameter("to"), request.getParameter("by"), request.getParameter("group"),
                    request.getParameter("project"), request.getContextPath() + "/rest/ratecard/1.0");
        } catch (AccessDeniedException e) {
            guard.refuse(request, response);
            return;
        } catch (NotFoundException e) {
            guard.notFound(request, response);
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", view);
        context.put("pageUrl", request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.UTILISATION);
        if (view.isHasError()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}

package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/insights/margin}: the profitability report ({@code from}, {@code to},
 * {@code by}, {@code project}, {@code account}) and, with {@code entries=1}, the entries behind a
 * figure. Finance sees every project; a lead or View costs holder their projects (else 403).
 */
public class MarginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/insights/margin.vm";

    private final transient PageGuard guard;
    private final transient MarginPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public MarginServlet(PageGuard guard, MarginPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
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
        String pageUrl = request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        MarginPageView view;
        try {
            view = page.viewOf(name -> given(request, name), request.getContextPath(), pageUrl);
        } catch (AccessDeniedException e) {
            guard.refuse(request, response);
            return;
        } catch (NotFoundException e) {
            guard.notFound(request, response);
            return;
        } catch (InvalidInputException | DateTimeParseException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to are months such as 2026-05, at most 24 months apart;"
                    + " by is account, project, epic (with a project), level, person or month");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", view);
        context.put("pageUrl", pageUrl);
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    private static String given(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}

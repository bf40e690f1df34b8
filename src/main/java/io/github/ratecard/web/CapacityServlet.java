package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/capacity}: finance's capacity calendar ({@code year=} the year whose holidays and
 * absences are listed). Ratecard finance only; every change goes through {@code /rest/ratecard/1.0/capacity/…}.
 */
public class CapacityServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/capacity/capacity.vm";

    private final transient PageGuard guard;
    private final transient CapacityPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public CapacityServlet(PageGuard guard, CapacityPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.page = page;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitFinance(request, response)) {
            return;
        }
        Integer year;
        try {
            String given = request.getParameter("year");
            year = given == null || given.isBlank() ? null : Integer.valueOf(given.trim());
            if (year != null && (year < 1970 || year > 2199)) {
                throw new NumberFormatException(given);
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "year is a year such as 2026");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", page.viewOf(year));
        context.put("pageUrl", request.getContextPath() + request.getServletPath());
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.CAPACITY);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}

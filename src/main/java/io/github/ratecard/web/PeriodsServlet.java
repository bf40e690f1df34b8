package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/periods}: finance's closed months ({@code to=} the last month shown, {@code q=} a
 * project search) and the pending changes of the months shown. Ratecard finance only.
 */
public class PeriodsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/timesheet/periods.vm";

    private final transient PageGuard guard;
    private final transient PeriodsPage page;
    private final transient TimesheetPageRender render;

    public PeriodsServlet(PageGuard guard, PeriodsPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.page = page;
        this.render = new TimesheetPageRender(renderer, pageBuilder, i18n);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitFinance(request, response)) {
            return;
        }
        PeriodsView view;
        try {
            view = page.viewOf(TimesheetPageRender.month(request, "to"), TimesheetPageRender.given(request, "q"));
        } catch (IllegalArgumentException | io.github.ratecard.domain.InvalidInputException e) {
            TimesheetPageRender.badRequest(response, "to is a month such as 2026-05; q at most a short search");
            return;
        }
        render.render(TEMPLATE, view, request, response);
    }
}

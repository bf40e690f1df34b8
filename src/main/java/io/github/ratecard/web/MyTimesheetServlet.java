package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/timesheet}: the signed-in user's own timesheet ({@code cadence=} WEEK or MONTH,
 * {@code day=} any day of the period; default: this week or month). Anybody signed in, their own time only.
 */
public class MyTimesheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/timesheet/my-timesheet.vm";

    private final transient PageGuard guard;
    private final transient MyTimesheetPage page;
    private final transient TimesheetPageRender render;

    public MyTimesheetServlet(PageGuard guard, MyTimesheetPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.page = page;
        this.render = new TimesheetPageRender(renderer, pageBuilder, i18n);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitSignedIn(request, response)) {
            return;
        }
        MyTimesheetView view;
        try {
            view = page.viewOf(TimesheetPageRender.cadence(request), TimesheetPageRender.day(request));
        } catch (IllegalArgumentException e) {
            TimesheetPageRender.badRequest(response, "cadence is WEEK or MONTH; day is a date such as 2026-11-02");
            return;
        }
        render.render(TEMPLATE, view, request, response);
    }
}

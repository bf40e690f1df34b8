package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/approvals}: the timesheets of a period the signed-in user approves ({@code cadence=},
 * {@code day=}; filters {@code state=}, {@code project=}, {@code user=}). Anybody signed in sees the page; it lists
 * only the timesheets the approval rules let them decide (none of their own).
 */
public class ApprovalsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/timesheet/approvals.vm";

    private final transient PageGuard guard;
    private final transient ApprovalsPage page;
    private final transient TimesheetPageRender render;

    public ApprovalsServlet(PageGuard guard, ApprovalsPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.page = page;
        this.render = new TimesheetPageRender(renderer, pageBuilder, i18n);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitSignedIn(request, response)) {
            return;
        }
        ApprovalsView view;
        try {
            String state = TimesheetPageRender.given(request, "state").toUpperCase(Locale.ROOT);
            if (!state.isEmpty()) {
                io.github.ratecard.approval.TimesheetState.valueOf(state);
            }
            view = page.viewOf(TimesheetPageRender.cadence(request), TimesheetPageRender.day(request), new ApprovalsView.Filters(state,
                    TimesheetPageRender.given(request, "project").toUpperCase(Locale.ROOT), TimesheetPageRender.given(request, "user")));
        } catch (IllegalArgumentException e) {
            TimesheetPageRender.badRequest(response, "cadence is WEEK or MONTH; day is a date such as 2026-11-02; state is a timesheet state");
            return;
        }
        render.render(TEMPLATE, view, request, response);
    }
}

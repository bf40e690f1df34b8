package io.github.ratecard.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.domain.NotFoundException;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The client statement of a retainer period, PDF-ready ({@code /plugins/servlet/ratecard/statement?account=ACME&period=2026-05}):
 * printed with the app's print stylesheet, it is the client's document. Finance, and the leads of the projects billing
 * to the account; anyone else is refused (403).
 */
public class ClientStatementServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/statement/statement.vm";

    private final transient PageGuard guard;
    private final transient ClientStatementPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;

    public ClientStatementServlet(PageGuard guard, ClientStatementPage page, TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.guard = guard;
        this.page = page;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitSignedIn(request, response)) {
            return;
        }
        String account = request.getParameter("account");
        YearMonth month;
        try {
            month = YearMonth.parse(request.getParameter("period") == null ? "" : request.getParameter("period").trim());
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "period is a month such as 2026-05; account is an account key");
            return;
        }
        if (account == null || account.isBlank() || month.getYear() < 1970 || month.getYear() > 2199) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "period is a month such as 2026-05; account is an account key");
            return;
        }
        if (!page.mayRead(account.trim())) {
            guard.refuse(request, response);
            return;
        }
        Map<String, Object> context = new HashMap<>();
        try {
            context.put("view", page.view(account.trim(), month, request.getContextPath() + "/rest/ratecard/1.0"));
        } catch (NotFoundException e) {
            guard.notFound(request, response);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.INVOICES);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}

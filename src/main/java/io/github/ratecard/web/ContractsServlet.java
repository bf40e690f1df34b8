package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.domain.NotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/contracts?account=KEY}: finance's contracts of a client account. Ratecard finance
 * only; every change goes through {@code /rest/ratecard/1.0/contracts/…}.
 */
public class ContractsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/contracts/contracts.vm";

    private final transient PageGuard guard;
    private final transient ContractsPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public ContractsServlet(PageGuard guard, ContractsPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
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
        String account = request.getParameter("account");
        ContractsView view;
        try {
            view = page.viewOf(account == null || account.isBlank() ? null : account.trim());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such account");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", view);
        context.put("pageUrl", request.getContextPath() + request.getServletPath());
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.CONTRACTS);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}

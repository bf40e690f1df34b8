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
 * {@code /plugins/servlet/ratecard/accounting-settings}: finance's accounting export settings (DATEV numbers, fiscal year,
 * account length, chart of accounts, revenue and debtor accounts, the journal's columns) as a form, which saves through
 * {@code PUT /rest/ratecard/1.0/accounting/settings}; {@code saved=1} after saving. Ratecard finance only.
 */
public class AccountingSettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/accounting/settings.vm";

    private final transient PageGuard guard;
    private final transient AccountingSettingsPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public AccountingSettingsServlet(PageGuard guard, AccountingSettingsPage page, TemplateRenderer renderer, PageBuilderService pageBuilder,
                                     I18nResolver i18n) {
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
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", page.viewOf("1".equals(request.getParameter("saved"))));
        context.put("pageUrl", request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        context.put("invoicesUrl", request.getContextPath() + "/plugins/servlet/ratecard/invoices");
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.ACCOUNTING_SETTINGS);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}

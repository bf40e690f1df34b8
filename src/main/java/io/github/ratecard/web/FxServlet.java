package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.money.Currencies;
import java.io.IOException;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/fx}: finance's exchange-rate table ({@code currency=} one currency's pairs,
 * {@code offset=} the page). Ratecard finance only; every change goes through {@code /rest/ratecard/1.0/fx/rates}.
 */
public class FxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/fx/rates.vm";

    private final transient PageGuard guard;
    private final transient FxPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public FxServlet(PageGuard guard, FxPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
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
        Currency currency;
        int offset;
        try {
            String given = request.getParameter("currency");
            currency = given == null || given.isBlank() ? null : Currencies.of(given.trim().toUpperCase(java.util.Locale.ROOT));
            String from = request.getParameter("offset");
            offset = from == null || from.isBlank() ? 0 : Integer.parseInt(from.trim());
            if (offset < 0) {
                throw new IllegalArgumentException(from);
            }
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "currency is a code such as USD, offset a number from 0");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", page.viewOf(currency, offset));
        context.put("pageUrl", request.getContextPath() + request.getServletPath());
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.FX);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}

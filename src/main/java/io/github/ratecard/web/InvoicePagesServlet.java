package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.invoice.InvoiceStatus;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Finance's invoice pages: {@code /plugins/servlet/ratecard/invoices} lists the documents
 * ({@code account=}, {@code status=}, {@code offset=} narrow it) with the form for a new draft;
 * {@code ?id=N} shows one, with the actions its state allows. Ratecard finance only.
 */
public class InvoicePagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String LIST = "templates/invoice/invoices.vm";
    static final String DOCUMENT = "templates/invoice/invoice.vm";

    private final transient PageGuard guard;
    private final transient InvoicePages pages;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public InvoicePagesServlet(PageGuard guard, InvoicePages pages, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.pages = pages;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitFinance(request, response)) {
            return;
        }
        String restBase = request.getContextPath() + "/rest/ratecard/1.0";
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        context.put("restBase", restBase);
        context.put("pageUrl", request.getContextPath() + request.getServletPath());
        String template;
        try {
            String id = request.getParameter("id");
            if (id != null) {
                context.put("view", pages.document(Long.parseLong(id.trim()), restBase));
                template = DOCUMENT;
            } else {
                String account = request.getParameter("account");
                String status = request.getParameter("status");
                String offset = request.getParameter("offset");
                context.put("view", pages.list(account == null || account.isBlank() ? null : account.trim(),
                        status == null || status.isBlank() ? null : InvoiceStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)),
                        offset == null || offset.isBlank() ? 0 : Math.max(0, Integer.parseInt(offset.trim()))));
                template = LIST;
            }
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id and offset are numbers; status is DRAFT, ISSUED or VOID");
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.INVOICES);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }
}

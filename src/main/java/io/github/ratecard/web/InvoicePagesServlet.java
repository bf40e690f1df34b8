package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Finance's invoice pages: {@code /plugins/servlet/ratecard/invoices} lists the documents
 * ({@code account=}, {@code status=}, {@code offset=} narrow it) with the form for a new draft;
 * {@code ?id=N} shows one, with the actions its state allows ({@code tab=} lines, work, blockers or details;
 * {@code lines=}, {@code entries=}, {@code blocked=}: the first row of each table; {@code done=}: the action
 * just done, for its flag). Ratecard finance only.
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
    private final transient EInvoiceValidity einvoice;

    public InvoicePagesServlet(PageGuard guard, InvoicePages pages, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                               EInvoiceValidity einvoice) {
        this.guard = guard;
        this.pages = pages;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.einvoice = einvoice;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitFinance(request, response)) {
            return;
        }
        String restBase = request.getContextPath() + "/rest/ratecard/1.0";
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("restBase", restBase);
        context.put("pageUrl", request.getContextPath() + request.getServletPath());
        context.put("webhooksUrl", request.getContextPath() + "/plugins/servlet/ratecard/webhooks");
        context.put("accountingSettingsUrl", request.getContextPath() + "/plugins/servlet/ratecard/accounting-settings");
        String template;
        try {
            String id = request.getParameter("id");
            if (id != null) {
                String tab = given(request, "tab");
                context.put("view", pages.document(Long.parseLong(id.trim()), restBase, new InvoicePageView.Shown(tab == null ? "lines" : tab,
                        offset(request, "lines"), offset(request, "entries"), offset(request, "blocked"), given(request, "done"))));
                putEInvoice(context, Long.parseLong(id.trim()));
                template = DOCUMENT;
            } else {
                context.put("view", pages.list(filterOf(request), offset(request, "offset")));
                template = LIST;
            }
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "id, offset, lines, entries and blocked are numbers; status is DRAFT, ISSUED or VOID; from and to are days (yyyy-mm-dd), to not before from");
            return;
        } catch (NotFoundException e) {
            guard.notFound(request, response);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.INVOICES);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }

    /** An issued document's e-invoice section: valid or the rules it breaks, after a wait of at most {@code UblChecks.PAGE_WAIT}. */
    private void putEInvoice(Map<String, Object> context, long id) {
        EInvoiceValidityView view = einvoice.of(id);
        if (view != null) {
            context.put("einvoice", view);
        }
    }

    /** The list's filter from the query: {@code account}, {@code status}, and a period {@code from}–{@code to} (either alone: that one day on or up to). */
    private static InvoiceFilter filterOf(HttpServletRequest request) {
        String account = given(request, "account");
        String status = given(request, "status");
        InvoiceFilter filter = InvoiceFilter.of(account, status == null ? null : InvoiceStatus.valueOf(status.toUpperCase(Locale.ROOT)), null);
        String from = given(request, "from");
        String to = given(request, "to");
        if (from == null && to == null) {
            return filter;
        }
        LocalDate first = from == null ? LocalDate.of(1970, 1, 1) : day(from);
        LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : day(to);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("to before from");
        }
        return filter.during(new DateRange(first, last));
    }

    /** A page's first row, from the parameter {@code name}: 0 when it is not given. */
    private static int offset(HttpServletRequest request, String name) {
        String value = given(request, name);
        return value == null ? 0 : Math.max(0, Integer.parseInt(value));
    }

    private static String given(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}

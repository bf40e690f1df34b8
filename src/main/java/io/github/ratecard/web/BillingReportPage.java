package io.github.ratecard.web;

import io.github.ratecard.domain.Refusal;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.TimesheetService;
import io.github.ratecard.approval.ApprovalFilter;
import io.github.ratecard.billing.AccountChoice;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.money.MoneyFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The billing report of a project's Reports page: what the project's un-invoiced billable work of a
 * period bills to an account (the project's default when none is named), grouped by issue, person,
 * level or month, with totals and links to the same report as XLSX and CSV; all of the work or only that whose
 * timesheets are approved, submitted or open (the project's own choice unless asked), and whether it includes pending
 * changes of approved or closed time. Finance only.
 */
public final class BillingReportPage {

    /** How many invoices an empty report names as where its period's work went. */
    private static final int INVOICES_NAMED = 3;

    static final String TEMPLATE = "templates/report/billing-report.vm";

    private final InvoiceDrafts invoices;
    private final AccountStore accounts;
    private final AccessPolicy access;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final TimesheetService timesheets;

    public BillingReportPage(InvoiceDrafts invoices, AccountStore accounts, AccessPolicy access, TemplateRenderer renderer, I18nResolver i18n,
                             Supplier<Locale> locale, TimesheetService timesheets) {
        this.timesheets = timesheets;
        this.invoices = invoices;
        this.accounts = accounts;
        this.access = access;
        this.renderer = renderer;
        this.i18n = i18n;
        this.locale = locale;
    }

    /** The report's HTML for the project and the parameters people chose ({@code account}, {@code from}, {@code to}, {@code groupBy}). */
    public String render(ProjectRef project, Map<String, String> params, String restBase) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        if (!access.currentUserIsFinance()) {
            context.put("error", i18n.getText("ratecard.report.financeOnly"));
            return render(context);
        }
        try {
            String accountKey = blankToNull(params.get("account"));
            ClientAccount account = accountKey == null
                    ? AccountChoice.projectDefault(accounts.linksOfProject(project.id()), accounts::account)
                            .orElseThrow(() -> new InvalidInputException("account", i18n.getText("ratecard.report.noAccount")))
                    : accounts.account(accountKey).orElseThrow(() -> new InvalidInputException("account", "No account " + accountKey));
            DateRange period = period(params.get("from"), params.get("to"));
            LineGrouping grouping = grouping(params.get("groupBy"));
            String jql = blankToNull(params.get("jql"));
            ApprovalFilter approval = approval(params.get("approval"), project);
            InvoiceDrafts.Report report = invoices.report(account.key(), period, grouping, List.of(project.key()), jql,
                    access.currentViewer().orElseThrow().userKey(), approval);
            context.put("approvalShown", i18n.getText("ratecard.report.approval." + approval.spelled()));
            context.put("pendingStatement", report.pendingChanges() == 0 ? i18n.getText("ratecard.report.pending.none")
                    : report.pendingChanges() == 1 ? i18n.getText("ratecard.report.pending.one")
                    : ViewerFormat.fill(i18n.getText("ratecard.report.pending.some"), NumberFormat.getIntegerInstance(locale.get())
                            .format(report.pendingChanges())));
            context.put("leftOutStatement", report.lines().leftOutSeconds() == 0 ? ""
                    : ViewerFormat.fill(i18n.getText("ratecard.report.approval.leftOut"), hours(report.lines().leftOutSeconds(), locale.get())));
            context.put("title", account.name() + " · " + project.name());
            context.put("lines", table(report.invoice(), locale.get()));
            context.put("blocked", report.lines().blockers().size());
            boolean noWork = report.invoice().lines().isEmpty();
            context.put("noWork", noWork);
            context.put("invoicedIn", noWork ? String.join(", ", invoices.issuedDuring(account.key(), period, INVOICES_NAMED)) : "");
            String query = "?account=" + enc(account.key()) + "&from=" + period.first() + "&to=" + period.last() + "&groupBy="
                    + grouping.name().toLowerCase(Locale.ROOT) + "&project=" + enc(project.key()) + (jql == null ? "" : "&jql=" + enc(jql))
                    + "&approval=" + approval.spelled();
            context.put("xlsxUrl", restBase + "/reports/billing" + query + "&format=xlsx");
            CsvStyle style = CsvStyle.of(locale.get());
            context.put("csvUrl", restBase + "/reports/billing" + query + "&format=csv&bom=true" + style.query());
            context.put("csvStyle", style.labelKey());
            context.put("csvOtherUrl", restBase + "/reports/billing" + query + "&format=csv&bom=true" + style.other().query());
            context.put("csvOtherStyle", style.other().labelKey());
        } catch (InvalidInputException e) {
            context.put("error", RefusalWords.of(locale.get()).message(e.field(), e.getMessage(), e.refusal()));
        }
        return render(context);
    }

    private PageTable table(Invoice invoice, Locale viewer) {
        NumberFormat hours = NumberFormat.getNumberInstance(viewer);
        hours.setMinimumFractionDigits(2);
        hours.setMaximumFractionDigits(2);
        List<PageRow> rows = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            rows.add(new PageRow(line.groupKey(), line.text(), List.of(hours.format(line.quantity()), line.unitPrice().stripTrailingZeros()
                    .toPlainString(), MoneyFormat.format(line.amount(), viewer)), "", null));
        }
        rows.add(new PageRow("SUBTOTAL", i18n.getText("ratecard.report.subtotal"), List.of("", "", MoneyFormat.format(invoice.totals().subtotal(),
                viewer)), "total", null));
        if (invoice.totals().severalRates()) {
            for (io.github.ratecard.invoice.VatSubtotal group : invoice.vatBreakdown()) {
                rows.add(new PageRow("TAX-" + group.category() + "-" + group.percent().toPlainString(), ViewerFormat.fill(i18n.getText("ratecard.invoice.taxOn"),
                        group.percent().stripTrailingZeros().toPlainString(), MoneyFormat.format(group.taxable(), viewer)),
                        List.of("", "", MoneyFormat.format(group.tax(), viewer)), "", null));
            }
        } else {
            rows.add(new PageRow("TAX", i18n.getText("ratecard.report.tax") + " " + invoice.totals().taxPercent().stripTrailingZeros().toPlainString()
                    + " %", List.of("", "", MoneyFormat.format(invoice.totals().tax(), viewer)), "", null));
        }
        rows.add(new PageRow("TOTAL", i18n.getText("ratecard.report.total"), List.of("", "", MoneyFormat.format(invoice.totals().total(), viewer)),
                "total", null));
        return new PageTable("ratecard-billing-report", "ratecard.report.name", List.of("ratecard.report.col.line", "ratecard.report.col.hours",
                "ratecard.report.col.rate", "ratecard.report.col.amount"), rows);
    }

    private String render(Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(TEMPLATE, context, out);
        return out.toString();
    }

    static DateRange period(String from, String to) {
        LocalDate last = parse(to, "to", LocalDate.now().withDayOfMonth(1).minusDays(1));
        LocalDate first = parse(from, "from", last.withDayOfMonth(1));
        InvalidInputException.require(!last.isBefore(first), "to", "The period ends before it starts", Refusal.of(Refusal.Reason.DATE_ORDER));
        InvalidInputException.require(first.plusYears(InputLimits.INVOICE_PERIOD_YEARS).isAfter(last), "to", "A period may span at most "
                + InputLimits.INVOICE_PERIOD_YEARS + " years");
        return new DateRange(first, last);
    }

    private static LocalDate parse(String value, String field, LocalDate otherwise) {
        if (blankToNull(value) == null) {
            return otherwise;
        }
        try {
            return io.github.ratecard.domain.BusinessDates.require(LocalDate.parse(value.trim()), field);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 2026-10-31, was: " + value);
        }
    }

    /** The approval state asked for; none: the project's own choice. */
    private ApprovalFilter approval(String value, ProjectRef project) {
        if (blankToNull(value) == null) {
            return timesheets.reportFilter(project.id());
        }
        try {
            return ApprovalFilter.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("approval", "approval must be all, approved, submitted or open, was: " + value);
        }
    }

    /** Hours to two decimals, rounded half up as the REST API's statements round them. */
    static String hours(long seconds, Locale viewer) {
        NumberFormat hours = NumberFormat.getNumberInstance(viewer);
        hours.setMinimumFractionDigits(2);
        hours.setMaximumFractionDigits(2);
        return hours.format(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));
    }

    private static LineGrouping grouping(String value) {
        if (blankToNull(value) == null) {
            return LineGrouping.ISSUE;
        }
        try {
            return LineGrouping.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("groupBy", "groupBy must be issue, user, level or month, was: " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

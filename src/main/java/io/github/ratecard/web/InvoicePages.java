package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.Page;
import io.github.ratecard.invoice.BillableWork;
import io.github.ratecard.invoice.DraftComposer;
import io.github.ratecard.invoice.DraftLines;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceParties;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoiceStore;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.InvoicedWorkStore;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.invoice.VatSubtotal;
import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds finance's invoice pages, formatted for the viewer: the list of documents (narrowed by
 * account and status) with the form for a new draft, and one document: its summary and linked
 * documents, then its lines, the work it bills (a draft's: with what is left out and what misses a
 * rate) and its other facts, each table a page at a time.
 */
public final class InvoicePages {

    /** How many rows a table of the document page lists at a time; the exports hold them all. */
    public static final int ROWS_SHOWN = 50;

    private final InvoiceStore invoices;
    private final InvoiceDrafts drafts;
    private final InvoicedWorkStore invoiced;
    private final AccountStore accounts;
    private final InvoiceParties parties;
    private final InvoiceLinks related;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final io.github.ratecard.accounting.ExportRecords exports;

    public InvoicePages(InvoiceStore invoices, InvoiceDrafts drafts, InvoicedWorkStore invoiced, AccountStore accounts, InvoiceParties parties,
                        I18nResolver i18n, Supplier<Locale> locale) {
        this(invoices, drafts, invoiced, accounts, parties, i18n, locale, null);
    }

    /** {@code exports}: where accounting exports are recorded, so the list flags a document exported before (none: no flag). */
    public InvoicePages(InvoiceStore invoices, InvoiceDrafts drafts, InvoicedWorkStore invoiced, AccountStore accounts, InvoiceParties parties,
                        I18nResolver i18n, Supplier<Locale> locale, io.github.ratecard.accounting.ExportRecords exports) {
        this.exports = exports;
        this.parties = parties;
        this.related = new InvoiceLinks(invoices, this::title);
        this.invoices = invoices;
        this.drafts = drafts;
        this.invoiced = invoiced;
        this.accounts = accounts;
        this.i18n = i18n;
        this.locale = locale;
    }

    public InvoiceListView list(InvoiceFilter filter, int offset) {
        Locale viewer = locale.get();
        Page<Invoice> page = invoices.list(filter, offset, 50);
        java.util.Map<Long, java.time.Instant> exported = exports == null ? java.util.Map.of()
                : exports.lastExported(page.items().stream().filter(invoice -> !invoice.isDraft()).map(Invoice::id).toList());
        List<PageRow> rows = new ArrayList<>();
        for (Invoice invoice : page.items()) {
            rows.add(new PageRow(String.valueOf(invoice.id()), title(invoice), List.of(invoice.accountKey(), new ViewerFormat(i18n, viewer).range(invoice.header().period()),
                    i18n.getText("ratecard.invoice.status." + invoice.status().name()), MoneyFormat.format(invoice.totals().total(), viewer),
                    invoice.issuance().map(issued -> new ViewerFormat(i18n, viewer).date(issued.date())).orElse(""),
                    exported.containsKey(invoice.id()) ? ViewerFormat.fill(i18n.getText("ratecard.accounting.exportedOn"), new ViewerFormat(i18n, viewer)
                            .date(java.time.LocalDate.ofInstant(exported.get(invoice.id()), java.time.ZoneOffset.UTC))) : ""),
                    invoice.status().name().toLowerCase(Locale.ROOT), null));
        }
        List<PageRow> open = new ArrayList<>();
        for (ClientAccount account : accounts.accounts(AccountStatus.OPEN, 0, 200).items()) {
            open.add(new PageRow(account.key(), account.name(), List.of(account.currency().getCurrencyCode()), "", null));
        }
        return new InvoiceListView(new PageTable("ratecard-invoices", "ratecard.invoice.list", List.of("ratecard.invoice.col.number",
                "ratecard.invoice.col.account", "ratecard.invoice.col.period", "ratecard.invoice.col.status", "ratecard.invoice.col.total",
                "ratecard.invoice.col.issued", "ratecard.invoice.col.exported"), rows), open, filter, page.total() > offset + 50 ? offset + 50 : -1);
    }

    public InvoicePageView document(long id, String restBase) {
        return document(id, restBase, InvoicePageView.Shown.first());
    }

    /** The document with the tab and the pages of its tables asked for, {@value #ROWS_SHOWN} rows at a time. */
    public InvoicePageView document(long id, String restBase, InvoicePageView.Shown shown) {
        Locale viewer = locale.get();
        Invoice invoice = invoices.require(id);
        DraftLines preview = invoice.isDraft() ? drafts.preview(id) : null;
        Invoice current = preview == null ? invoice : invoice.withLines(preview.lines());
        ClientAccount account = accounts.account(invoice.accountKey()).orElseThrow();
        InvoiceParties.Parties party = parties.of(invoice);
        PagedTable blockers = preview == null ? null : paged(work("ratecard-invoice-blockers", "ratecard.invoice.blockers",
                window(preview.blockers(), shown.blockers()), Set.of(), current, viewer), shown.blockers(), preview.blockers().size(), "blocked", viewer);
        InvoicePageView.Heading heading = new InvoicePageView.Heading(id, title(invoice),
                i18n.getText("ratecard.invoice.status." + invoice.status().name()), invoice.status().name().toLowerCase(Locale.ROOT),
                invoice.isDraft(), invoice.status() == InvoiceStatus.ISSUED && invoice.kind() == InvoiceKind.INVOICE);
        InvoicePageView view = new InvoicePageView(heading, summary(current, account, preview, viewer), related.of(invoice),
                facts(invoice, account, party, viewer), new InvoicePageView.Tables(lines(current, shown.lines(), viewer), blockers,
                entries(invoice, preview, viewer, shown.entries())), downloads(invoice, restBase), shown.tab(), flag(invoice, shown.done()));
        return preview == null || preview.terms().statement().isEmpty() ? view : withContract(view, preview.terms());
    }

    /** The contract's figures of a draft, labelled in the viewer's language, their values in the document's. */
    private InvoicePageView withContract(InvoicePageView view, DraftLines.Terms terms) {
        io.github.ratecard.invoice.ContractStatement statement = terms.statement();
        List<PageRow> figures = new ArrayList<>();
        for (io.github.ratecard.invoice.ContractStatement.Figure figure : statement.figures()) {
            figures.add(new PageRow(figure.labelKey().substring(figure.labelKey().lastIndexOf('.') + 1), i18n.getText(figure.labelKey()),
                    List.of(figure.value()), "", null));
        }
        terms.conflict().ifPresent(conflict -> figures.add(new PageRow("conflict", i18n.getText("ratecard.contract.conflict"), List.of(conflict),
                "over", null)));
        return view.withContract(ViewerFormat.fill(i18n.getText(statement.titleKey()), statement.period()), figures);
    }

    /** What finance decides on: the client, the period, the amounts, and for a draft how much work blocks issuing. */
    private List<PageRow> summary(Invoice invoice, ClientAccount account, DraftLines preview, Locale viewer) {
        List<PageRow> summary = new ArrayList<>();
        summary.add(fact("client", "ratecard.invoice.client", account.customerName().isBlank() ? account.name() : account.customerName()));
        summary.add(fact("period", "ratecard.invoice.col.period", new ViewerFormat(i18n, viewer).range(invoice.header().period())));
        summary.addAll(totals(invoice, viewer));
        if (preview != null) {
            summary.add(new PageRow("blocking", i18n.getText("ratecard.invoice.blockersCount"),
                    List.of(NumberFormat.getIntegerInstance(viewer).format(preview.blockers().size())), preview.blockers().isEmpty() ? "ok" : "over",
                    null));
            if (preview.leftOutSeconds() > 0) {
                summary.add(new PageRow("unapproved", i18n.getText("ratecard.invoice.unapproved.label"), List.of(ViewerFormat.fill(
                        i18n.getText("ratecard.invoice.unapproved.leftOut"), BillingReportPage.hours(preview.leftOutSeconds(), viewer))), "over", null));
            }
        }
        if (invoice.kind() == io.github.ratecard.invoice.InvoiceKind.INVOICE) {
            long pending = drafts.pendingChangesNotIn(invoice);
            String key = invoice.isDraft() ? "ratecard.invoice.pending.some" : "ratecard.invoice.pending.issued";
            String statement = pending == 0 ? i18n.getText("ratecard.invoice.pending.none")
                    : pending == 1 ? i18n.getText(invoice.isDraft() ? "ratecard.invoice.pending.one" : "ratecard.invoice.pending.issued.one")
                    : ViewerFormat.fill(i18n.getText(key), NumberFormat.getIntegerInstance(viewer).format(pending));
            summary.add(new PageRow("pending", i18n.getText("ratecard.invoice.pending.label"), List.of(statement), pending == 0 ? "ok" : "over", null));
        }
        return summary;
    }

    private List<PageRow> facts(Invoice invoice, ClientAccount account, InvoiceParties.Parties party, Locale viewer) {
        List<PageRow> facts = new ArrayList<>();
        facts.add(fact("account", "ratecard.invoice.col.account", account.name() + " (" + account.key() + ")"));
        if (!account.customerName().isBlank()) {
            facts.add(fact("customer", "ratecard.invoice.customer", account.customerName()));
        }
        String address = String.join(", ", java.util.stream.Stream.of(party.buyer().street(), (party.buyer().postalCode() + " "
                + party.buyer().city()).strip(), party.buyerCountry()).filter(text -> !text.isBlank()).toList());
        if (!address.isEmpty()) {
            facts.add(fact("address", "ratecard.invoice.clientAddress", address));
        }
        if (!party.buyer().vatId().isEmpty()) {
            facts.add(fact("vat", "ratecard.invoice.clientVat", party.buyer().vatId()));
        }
        InvoiceHeader header = invoice.header();
        if (!header.projectKeys().isEmpty()) {
            facts.add(fact("projects", "ratecard.invoice.projects.only", String.join(", ", header.projectKeys())));
        }
        if (!header.jql().isEmpty()) {
            facts.add(fact("jql", "ratecard.invoice.jql.only", header.jql()));
        }
        facts.add(fact("status", "ratecard.invoice.col.status", i18n.getText("ratecard.invoice.status." + invoice.status().name())));
        invoice.issuance().ifPresent(issued -> facts.addAll(issuanceFacts(invoice, issued, party, viewer)));
        header.creditOf().ifPresent(credit -> {
            if (credit.reason() != null) {
                facts.add(fact("reason", "ratecard.invoice.creditReason", credit.reason()));
            }
        });
        invoice.voiding().ifPresent(voided -> facts.add(fact("reason", "ratecard.invoice.voidReason", voided.reason())));
        invoice.issuance().flatMap(Issuance::base).ifPresent(base -> facts.add(fact("base", "ratecard.invoice.baseTotal",
                MoneyFormat.format(base.amount(), viewer) + " (1 " + invoice.currency().getCurrencyCode() + " = "
                        + base.exchangeRate().stripTrailingZeros().toPlainString() + " " + base.amount().currency().getCurrencyCode() + ")")));
        return facts;
    }

    private List<PageRow> downloads(Invoice invoice, String restBase) {
        List<PageRow> downloads = new ArrayList<>();
        String export = restBase + "/invoices/" + invoice.id() + "/export?format=";
        downloads.add(new PageRow("xlsx", "XLSX", List.of(export + "xlsx"), "", null));
        downloads.add(new PageRow("csv", "CSV", List.of(export + "csv&bom=true" + CsvStyle.of(locale.get()).query()), "", null));
        if (!invoice.isDraft()) {
            downloads.add(new PageRow("ubl", i18n.getText("ratecard.invoice.ubl"), List.of(export + "ubl"), "", null));
        }
        return downloads;
    }

    /** What the action just done did, e.g. "Issued: Invoice ACME-2026-0004"; empty for none. */
    private String flag(Invoice invoice, String done) {
        return done == null || !InvoicePageView.Shown.DONE.contains(done) ? "" : i18n.getText("ratecard.invoice.flag." + done) + " " + title(invoice);
    }

    private PageTable lineTable(List<InvoiceLine> shown, Locale viewer) {
        NumberFormat quantity = new ViewerFormat(i18n, viewer).decimals(2, 2);
        List<PageRow> rows = new ArrayList<>();
        for (InvoiceLine line : shown) {
            rows.add(new PageRow(line.groupKey(), line.text(), List.of(quantity.format(line.quantity()), new ViewerFormat(i18n, viewer).decimals(2, 4)
                    .format(line.unitPrice()), MoneyFormat.format(line.amount(), viewer)), line.kind().name().toLowerCase(Locale.ROOT),
                    badge(line)));
        }
        return new PageTable("ratecard-invoice-lines", "ratecard.invoice.lines", List.of("ratecard.invoice.col.line", "ratecard.invoice.col.quantity",
                "ratecard.invoice.col.unitPrice", "ratecard.invoice.col.amount"), rows);
    }

    /** The line's kind (none for work) and its own VAT rate, if it has one. */
    private String badge(InvoiceLine line) {
        String kind = line.kind() == LineKind.WORK ? null : i18n.getText("ratecard.invoice.kind." + line.kind().name());
        if (line.vat().isEmpty()) {
            return kind;
        }
        String vat = ViewerFormat.fill(i18n.getText("ratecard.invoice.lineVat"), line.vat().get().category(),
                line.vat().get().percent().stripTrailingZeros().toPlainString());
        return kind == null ? vat : kind + " · " + vat;
    }

    private PagedTable lines(Invoice invoice, int wanted, Locale viewer) {
        List<InvoiceLine> all = invoice.lines();
        int from = PagedTable.firstOfPage(wanted, all.size(), ROWS_SHOWN);
        return paged(lineTable(all.subList(from, Math.min(all.size(), from + ROWS_SHOWN)), viewer), from, all.size(), "lines", viewer);
    }

    /** Subtotal, the tax (one row per VAT category and rate when the lines have several, each with what it is charged on), total. */
    private List<PageRow> totals(Invoice invoice, Locale viewer) {
        List<PageRow> rows = new ArrayList<>();
        rows.add(new PageRow("subtotal", i18n.getText("ratecard.invoice.subtotal"), List.of(MoneyFormat.format(invoice.totals().subtotal(), viewer)), "", null));
        if (invoice.totals().severalRates()) {
            for (VatSubtotal group : invoice.vatBreakdown()) {
                rows.add(new PageRow("tax-" + group.category() + "-" + group.percent().toPlainString(), ViewerFormat.fill(i18n.getText("ratecard.invoice.taxOn"),
                        group.percent().stripTrailingZeros().toPlainString(), MoneyFormat.format(group.taxable(), viewer))
                        + (group.reason().isEmpty() ? "" : " (" + group.reason() + ")"), List.of(MoneyFormat.format(group.tax(), viewer)), "", null));
            }
        } else {
            rows.add(new PageRow("tax", i18n.getText("ratecard.invoice.tax") + " " + invoice.totals().taxPercent().stripTrailingZeros().toPlainString()
                    + " %", List.of(MoneyFormat.format(invoice.totals().tax(), viewer)), "", null));
        }
        rows.add(new PageRow("total", i18n.getText("ratecard.invoice.total"), List.of(MoneyFormat.format(invoice.totals().total(), viewer)), "total", null));
        return rows;
    }

    private PagedTable entries(Invoice invoice, DraftLines preview, Locale viewer, int wanted) {
        if (preview != null) {
            List<BillableWork> included = preview.included();
            int from = PagedTable.firstOfPage(wanted, included.size(), ROWS_SHOWN);
            Set<Long> excluded = from == 0 ? drafts.excludedWorklogs(invoice.id()) : Set.of();
            return paged(work("ratecard-invoice-entries", "ratecard.invoice.entries", window(included, from), excluded, invoice, viewer), from,
                    included.size(), "entries", viewer);
        }
        List<PageRow> rows = new ArrayList<>();
        long count = invoice.kind() == InvoiceKind.INVOICE ? invoiced.count(invoice.id()) : 0;
        int from = PagedTable.firstOfPage(wanted, count, ROWS_SHOWN);
        long[] total = {0};
        if (invoice.kind() == InvoiceKind.INVOICE) {
            ViewerFormat dates = new ViewerFormat(i18n, viewer);
            NumberFormat hours = new ViewerFormat(i18n, viewer).decimals(2, 2);
            invoiced.stream(invoice.id(), work -> {
                if (total[0] >= from && rows.size() < ROWS_SHOWN) {
                    rows.add(new PageRow(String.valueOf(work.worklogId()), dates.date(work.workDate()), List.of(work.issueKey(), nullToEmpty(
                            work.issueSummary()), nullToEmpty(work.authorName()), hours.format(hoursOf(work.billedSeconds())),
                            MoneyFormat.format(work.amount(), viewer)), "", null));
                }
                total[0]++;
            });
        }
        return paged(new PageTable("ratecard-invoice-entries", "ratecard.invoice.billedWork", entryHeads(), rows), from, total[0], "entries", viewer);
    }

    private static <T> List<T> window(List<T> all, int wanted) {
        int from = PagedTable.firstOfPage(wanted, all.size(), ROWS_SHOWN);
        return all.subList(from, Math.min(all.size(), from + ROWS_SHOWN));
    }

    private static PagedTable paged(PageTable table, int wanted, long total, String parameter, Locale viewer) {
        return new PagedTable(table, PagedTable.firstOfPage(wanted, total, ROWS_SHOWN), total, ROWS_SHOWN, parameter,
                NumberFormat.getIntegerInstance(viewer));
    }

    /** A draft's work: {@code excluded} worklogs (shown too, to take back) are marked so. */
    private PageTable work(String id, String titleKey, List<BillableWork> work, Set<Long> excluded, Invoice invoice, Locale viewer) {
        ViewerFormat dates = new ViewerFormat(i18n, viewer);
        NumberFormat hours = new ViewerFormat(i18n, viewer).decimals(2, 2);
        List<PageRow> rows = new ArrayList<>();
        for (BillableWork each : work) {
            rows.add(new PageRow(String.valueOf(each.worklogId()), dates.date(each.workDate()), List.of(each.issueKey(),
                    nullToEmpty(each.issueSummary()), nullToEmpty(each.authorName()), hours.format(hoursOf(each.billedSeconds())),
                    each.rate() == null ? i18n.getText("ratecard.invoice.noRate") : MoneyFormat.format(each.rate().priceFor(each.billedSeconds()),
                            viewer)), "", each.isPriced() ? DraftComposer.lineKeyOf(invoice.header().grouping(), each) : null));
        }
        for (long worklogId : excluded) {
            rows.add(new PageRow(String.valueOf(worklogId), "", List.of(i18n.getText("ratecard.invoice.leftOut"), "", "", "", ""), "excluded", null));
        }
        return new PageTable(id, titleKey, entryHeads(), rows);
    }

    private static List<String> entryHeads() {
        return List.of("ratecard.invoice.col.date", "ratecard.invoice.col.issue", "ratecard.invoice.col.summary", "ratecard.invoice.col.author",
                "ratecard.invoice.col.billed", "ratecard.invoice.col.amount");
    }

    /** When an issued document falls due (invoices only, with payment days), and when and by whom it was issued. */
    private List<PageRow> issuanceFacts(Invoice invoice, Issuance issued, InvoiceParties.Parties party, Locale viewer) {
        List<PageRow> facts = new ArrayList<>();
        if (party.paymentDays() != null && invoice.kind() == InvoiceKind.INVOICE) {
            facts.add(fact("due", "ratecard.invoice.due", new ViewerFormat(i18n, viewer).date(issued.date().plusDays(party.paymentDays()))));
        }
        facts.add(fact("issued", "ratecard.invoice.col.issued", new ViewerFormat(i18n, viewer).date(issued.date()) + " · " + issued.by()));
        return facts;
    }

    private PageRow fact(String id, String labelKey, String value) {
        return new PageRow(id, i18n.getText(labelKey), List.of(value), "", null);
    }

    private String title(Invoice invoice) {
        return invoice.number().map(number -> (invoice.kind() == InvoiceKind.CREDIT_NOTE ? i18n.getText("ratecard.invoice.creditNote")
                : i18n.getText("ratecard.invoice.invoice")) + " " + number).orElse(i18n.getText("ratecard.invoice.draft") + " " + invoice.id());
    }





    private static java.math.BigDecimal hoursOf(long seconds) {
        return java.math.BigDecimal.valueOf(seconds).divide(java.math.BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

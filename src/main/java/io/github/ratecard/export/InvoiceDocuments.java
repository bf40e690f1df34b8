package io.github.ratecard.export;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.Settings;
import io.github.ratecard.invoice.BillableWork;
import io.github.ratecard.invoice.BuyerTerms;
import io.github.ratecard.invoice.BuyerTermsStore;
import io.github.ratecard.invoice.DraftComposer;
import io.github.ratecard.invoice.DraftLines;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceService;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.InvoicedWorkStore;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds what the exports write: an issued invoice with its frozen worklog rows, a draft with the
 * work it would bill now, or a billing report; the seller from the settings and the client from
 * its account and buyer terms (address, VAT number, payment days).
 */
public final class InvoiceDocuments {

    private final InvoiceService invoices;
    private final InvoicedWorkStore invoiced;
    private final AccountStore accounts;
    private final Settings settings;
    private final BuyerTermsStore buyerTerms;

    public InvoiceDocuments(InvoiceService invoices, InvoicedWorkStore invoiced, AccountStore accounts, Settings settings,
                            BuyerTermsStore buyerTerms) {
        this.invoices = invoices;
        this.invoiced = invoiced;
        this.accounts = accounts;
        this.settings = settings;
        this.buyerTerms = buyerTerms;
    }

    public InvoiceDocument of(Invoice invoice) {
        BuyerTerms terms = termsOf(invoice.accountKey());
        ExportWords words = ExportWords.of(java.util.Locale.forLanguageTag(terms.language()));
        if (invoice.isDraft()) {
            DraftLines lines = invoices.preview(invoice.id());
            return document(invoice.withLines(lines.lines()), words.text("ratecard.export.draft"), terms, words, rows(invoice, lines.included()));
        }
        String title = invoice.kind() == io.github.ratecard.invoice.InvoiceKind.CREDIT_NOTE
                ? words.text("ratecard.export.creditNote", invoice.number()) : words.text("ratecard.export.invoice", invoice.number());
        long id = invoice.creditOf() == null ? invoice.id() : invoice.creditOf();
        return document(invoice, title, terms, words, invoice.creditOf() == null ? row -> invoiced.stream(id, row) : row -> { });
    }

    public InvoiceDocument report(InvoiceService.Report report) {
        BuyerTerms terms = termsOf(report.invoice().accountKey());
        ExportWords words = ExportWords.of(java.util.Locale.forLanguageTag(terms.language()));
        return document(report.invoice(), words.text("ratecard.export.report", report.invoice().accountKey(),
                report.invoice().period().first().toString(), report.invoice().period().last().toString()), terms, words,
                rows(report.invoice(), report.lines().included()));
    }

    private BuyerTerms termsOf(String accountKey) {
        return buyerTerms.terms(accountKey).orElse(BuyerTerms.none(accountKey));
    }

    private InvoiceDocument document(Invoice invoice, String title, BuyerTerms terms, ExportWords words,
                                     Consumer<Consumer<InvoicedWork>> details) {
        ClientAccount account = accounts.account(invoice.accountKey()).orElseThrow();
        String seller = settings.sellerName().isBlank() ? words.text("ratecard.export.noSeller") : settings.sellerName();
        return new InvoiceDocument(invoice, title, new InvoiceDocument.Party(seller, settings.sellerCountry(), settings.sellerDetails()),
                new InvoiceDocument.Party(account.customerName().isBlank() ? account.name() : account.customerName(), terms.countryCode(),
                        terms.details()), terms.paymentDays(), words, details);
    }

    private static Consumer<Consumer<InvoicedWork>> rows(Invoice invoice, List<BillableWork> work) {
        return consumer -> work.forEach(w -> consumer.accept(new InvoicedWork(w.worklogId(), invoice.id(),
                DraftComposer.lineKeyOf(invoice.grouping(), w), w.workDate(), w.issueKey(), w.issueSummary(), w.authorName(), w.levelName(),
                w.workedSeconds(), w.billedSeconds(), w.rate().amount(), w.rate().priceFor(w.billedSeconds()))));
    }
}

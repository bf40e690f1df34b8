package io.github.ratecard.export;

import io.github.ratecard.invoice.DraftLines;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceParties;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.InvoicedWorkStore;
import java.util.function.Consumer;

/**
 * Builds what the exports write: an issued invoice with its frozen worklog rows, a draft with the
 * work it would bill now, or a billing report; the seller and the client as they were when the
 * document was issued (for drafts and reports: as they are now).
 */
public final class InvoiceDocuments {

    private final InvoiceDrafts drafts;
    private final InvoicedWorkStore invoiced;
    private final InvoiceParties parties;

    public InvoiceDocuments(InvoiceDrafts drafts, InvoicedWorkStore invoiced, InvoiceParties parties) {
        this.drafts = drafts;
        this.invoiced = invoiced;
        this.parties = parties;
    }

    public InvoiceDocument of(Invoice invoice) {
        InvoiceParties.Parties terms = parties.of(invoice);
        ExportWords words = ExportWords.of(java.util.Locale.forLanguageTag(terms.language()));
        if (invoice.isDraft()) {
            DraftLines lines = drafts.preview(invoice.id());
            return document(invoice.withLines(lines.lines()), words.text("ratecard.export.draft"), terms, words, rows(invoice, lines))
                    .withNote(pendingNote(words, drafts.pendingChangesNotIn(invoice)));
        }
        boolean creditNote = invoice.kind() == io.github.ratecard.invoice.InvoiceKind.CREDIT_NOTE;
        String number = invoice.number().orElseThrow();
        String title = creditNote ? words.text("ratecard.export.creditNote", number) : words.text("ratecard.export.invoice", number);
        return document(invoice, title, terms, words, creditNote ? row -> { } : row -> invoiced.stream(invoice.id(), row));
    }

    public InvoiceDocument report(InvoiceDrafts.Report report) {
        InvoiceParties.Parties terms = parties.current(report.invoice().accountKey());
        ExportWords words = ExportWords.of(java.util.Locale.forLanguageTag(terms.language()));
        return document(report.invoice(), words.text("ratecard.export.report", report.invoice().accountKey(),
                report.invoice().header().period().first().toString(), report.invoice().header().period().last().toString()), terms, words,
                rows(report.invoice(), report.lines())).withNote(pendingNote(words, report.pendingChanges()));
    }

    /** Whether finance's file includes pending changes of approved or closed time, in its language. */
    private static String pendingNote(ExportWords words, long pending) {
        return pending == 0 ? words.text("ratecard.export.pending.none")
                : pending == 1 ? words.text("ratecard.export.pending.one") : words.text("ratecard.export.pending.some", pending);
    }

    private static InvoiceDocument document(Invoice invoice, String title, InvoiceParties.Parties terms, ExportWords words,
                                            Consumer<Consumer<InvoicedWork>> details) {
        String seller = terms.sellerName().isBlank() ? words.text("ratecard.export.noSeller") : terms.sellerName();
        return new InvoiceDocument(invoice, title, new InvoiceDocument.Party(seller, terms.sellerCountry(), terms.seller()),
                new InvoiceDocument.Party(terms.buyerName(), terms.buyerCountry(), terms.buyer()), terms.paymentDays(), words, details);
    }

    private static Consumer<Consumer<InvoicedWork>> rows(Invoice invoice, DraftLines lines) {
        return consumer -> lines.included().forEach(w -> consumer.accept(new InvoicedWork(w.worklogId(), invoice.id(),
                lines.lineKeyOf(invoice.header().grouping(), w), w.workDate(), w.issueKey(), w.issueSummary(), w.authorName(), w.levelName(),
                w.workedSeconds(), w.billedSeconds(), lines.rowRate(w), lines.rowAmount(w, invoice.currency()))));
    }
}

package io.github.ratecard.export;

import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoicedWork;
import java.util.function.Consumer;

/**
 * What an export writes: the invoice (or a billing report shaped like one), who it is for and from,
 * a title, and its worklogs as detail rows, handed to the writer one at a time so a million rows
 * never sit in memory; and, for finance's own files (a draft, a billing report), a note such as the
 * pending changes it does not include (null: none).
 */
public record InvoiceDocument(Invoice invoice, String title, Party seller, Party buyer, Integer paymentDays, ExportWords words,
                              Consumer<Consumer<InvoicedWork>> details, String note) {

    public InvoiceDocument(Invoice invoice, String title, Party seller, Party buyer, Integer paymentDays, ExportWords words,
                           Consumer<Consumer<InvoicedWork>> details) {
        this(invoice, title, seller, buyer, paymentDays, words, details, null);
    }

    /** The same document with finance's note. */
    public InvoiceDocument withNote(String text) {
        return new InvoiceDocument(invoice, title, seller, buyer, paymentDays, words, details, text);
    }

    /** A document in English without payment terms. */
    public InvoiceDocument(Invoice invoice, String title, Party seller, Party buyer, Consumer<Consumer<InvoicedWork>> details) {
        this(invoice, title, seller, buyer, null, ExportWords.ENGLISH, details);
    }

    public InvoiceDocument {
        words = words == null ? ExportWords.ENGLISH : words;
    }

    /** The day an invoice is due: its issue day plus the payment days, when both are known. */
    public java.util.Optional<java.time.LocalDate> dueDate() {
        return paymentDays == null ? java.util.Optional.empty() : invoice.issuance().map(issued -> issued.date().plusDays(paymentDays));
    }

    /** A seller or a buyer: name, ISO 3166 country code (empty when unknown), address and VAT number. */
    public record Party(String name, String countryCode, PartyDetails details) {

        public Party(String name, String countryCode) {
            this(name, countryCode, PartyDetails.NONE);
        }

        public Party {
            details = details == null ? PartyDetails.NONE : details;
        }
    }
}

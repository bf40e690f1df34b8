package io.github.ratecard.export;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoicedWork;
import java.util.function.Consumer;

/**
 * What an export writes: the invoice (or a billing report shaped like one), who it is for and from,
 * a title, and its worklogs as detail rows, handed to the writer one at a time so a million rows
 * never sit in memory.
 */
public record InvoiceDocument(Invoice invoice, String title, Party seller, Party buyer, Consumer<Consumer<InvoicedWork>> details) {

    /** A seller or a buyer: name and ISO 3166 country code (empty when unknown). */
    public record Party(String name, String countryCode) {
    }
}

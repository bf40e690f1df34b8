package io.github.ratecard.invoice;

/** An invoice, or a credit note that takes back (part of) an issued invoice; each kind has its own number sequence. */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE
}

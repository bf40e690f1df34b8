package io.github.ratecard.invoice;

/** A draft changes freely; an issued document never changes; a voided invoice keeps its number and releases its work. */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    VOID
}

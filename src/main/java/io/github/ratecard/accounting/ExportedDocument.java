package io.github.ratecard.accounting;

/** A document an export contained: its id and the number it was issued under. */
public record ExportedDocument(long invoiceId, String number) {
}

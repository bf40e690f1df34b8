package io.github.ratecard.accounting;

import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A document as an export shows it: what it is, what it books, and when it was exported before (a re-export is
 * allowed, and said).
 */
public record ExportDocument(long invoiceId, String number, InvoiceKind kind, InvoiceStatus status, LocalDate issued, String accountKey,
                             Money total, Optional<Instant> exportedBefore) {
}

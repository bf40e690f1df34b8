package io.github.ratecard.insight.margin;

import java.time.YearMonth;

/**
 * What issued documents say about one account's work of one month in one currency: what was invoiced (work,
 * adjustment and expense lines of issued, not voided invoices, less a cap's write-off, plus the lines a contract
 * made: retainer fee, overage, instalments), what credit notes took back (a positive amount), and what was invoiced in
 * the base currency at the documents' frozen exchange rates (null when any of them has none). Of that,
 * {@code contractMinor} is what the contract's lines invoiced and {@code writtenOffMinor} what a cap wrote off (net of
 * credit notes).
 */
public record InvoicedCell(String accountKey, String currency, YearMonth month, long invoicedMinor, Long invoicedBaseMinor,
                           long creditedMinor, long contractMinor, long writtenOffMinor) {

    /** A cell of work alone: no contract's lines. */
    public InvoicedCell(String accountKey, String currency, YearMonth month, long invoicedMinor, Long invoicedBaseMinor, long creditedMinor) {
        this(accountKey, currency, month, invoicedMinor, invoicedBaseMinor, creditedMinor, 0, 0);
    }

    public record Key(String accountKey, String currency, YearMonth month) {
    }

    public Key key() {
        return new Key(accountKey, currency, month);
    }

    public InvoicedCell plus(InvoicedCell other) {
        Long base = invoicedBaseMinor == null || other.invoicedBaseMinor == null ? null : invoicedBaseMinor + other.invoicedBaseMinor;
        return new InvoicedCell(accountKey, currency, month, invoicedMinor + other.invoicedMinor, base, creditedMinor + other.creditedMinor,
                contractMinor + other.contractMinor, writtenOffMinor + other.writtenOffMinor);
    }
}

package io.github.ratecard.insight.margin;

import java.time.YearMonth;

/**
 * What issued documents say about one account's work of one month in one currency: the work
 * invoiced (work, adjustment and expense lines of issued, not voided invoices), what credit notes took back
 * (a positive amount), and both in the base currency at the documents' frozen exchange rates —
 * null when any of them has none.
 */
public record InvoicedCell(String accountKey, String currency, YearMonth month, long invoicedMinor, Long invoicedBaseMinor,
                           long creditedMinor) {

    public record Key(String accountKey, String currency, YearMonth month) {
    }

    public Key key() {
        return new Key(accountKey, currency, month);
    }

    public InvoicedCell plus(InvoicedCell other) {
        Long base = invoicedBaseMinor == null || other.invoicedBaseMinor == null ? null : invoicedBaseMinor + other.invoicedBaseMinor;
        return new InvoicedCell(accountKey, currency, month, invoicedMinor + other.invoicedMinor, base, creditedMinor + other.creditedMinor);
    }
}

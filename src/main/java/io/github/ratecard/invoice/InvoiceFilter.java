package io.github.ratecard.invoice;

import io.github.ratecard.domain.DateRange;

/** Which documents a list shows: of an account, in a status, of a kind, billing days that touch a period; null: any. */
public record InvoiceFilter(String accountKey, InvoiceStatus status, InvoiceKind kind, DateRange period) {

    public static InvoiceFilter any() {
        return new InvoiceFilter(null, null, null, null);
    }

    public static InvoiceFilter of(String accountKey, InvoiceStatus status, InvoiceKind kind) {
        return new InvoiceFilter(accountKey, status, kind, null);
    }

    public InvoiceFilter during(DateRange days) {
        return new InvoiceFilter(accountKey, status, kind, days);
    }
}

package io.github.ratecard.invoice;

import io.github.ratecard.domain.DateRange;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a document is about, fixed when it is created: the client account and its currency, the
 * period its work was done in (narrowed to some projects when {@code projectKeys} is not empty, and
 * to the issues a JQL query matches when {@code jql} is not empty), how its work is grouped, and who
 * created it. A credit note names the invoice it credits and why; an invoice names none.
 */
public record InvoiceHeader(String accountKey, DateRange period, LineGrouping grouping, Currency currency, List<String> projectKeys, String jql,
                            String createdBy, Optional<CreditOf> creditOf) {

    public InvoiceHeader {
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(creditOf, "creditOf");
        projectKeys = projectKeys == null ? List.of() : List.copyOf(projectKeys);
        jql = jql == null ? "" : jql.strip();
    }

    /** The header of an invoice (not a credit note). */
    public static InvoiceHeader invoice(String accountKey, DateRange period, LineGrouping grouping, Currency currency, List<String> projectKeys,
                                        String jql, String createdBy) {
        return new InvoiceHeader(accountKey, period, grouping, currency, projectKeys, jql, createdBy, Optional.empty());
    }

    public InvoiceKind kind() {
        return creditOf.isPresent() ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
    }

    /** The header of a credit note taking back (part of) the invoice of this header. */
    public InvoiceHeader creditNote(CreditOf credited, String by) {
        return new InvoiceHeader(accountKey, period, grouping, currency, projectKeys, jql, by, Optional.of(credited));
    }

    /** The invoice a credit note takes back (part of), and the reason finance gave. */
    public record CreditOf(long invoiceId, String reason) {
    }
}

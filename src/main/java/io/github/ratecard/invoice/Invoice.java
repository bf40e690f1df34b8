package io.github.ratecard.invoice;

import io.github.ratecard.budget.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An invoice or credit note of one client account, in the account's currency: the period its work
 * was done in (narrowed to some projects when {@code projectKeys} is not empty, and to the issues a
 * JQL query matches when {@code jql} is not empty), how its work is
 * grouped, its lines and totals. A draft has no number; issuing gives it the next number of its
 * sequence, freezes it, and records the exchange rate to the base currency finance entered
 * ({@code baseTotal} = total × rate, rounded once). A credit note names the invoice it credits.
 */
public record Invoice(long id, InvoiceKind kind, InvoiceStatus status, String accountKey, String number, DateRange period,
                      LineGrouping grouping, Currency currency, List<String> projectKeys, String jql, List<InvoiceLine> lines, InvoiceTotals totals,
                      LocalDate issueDate, Instant issuedAt, String issuedBy, Long creditOf, String voidReason, BigDecimal exchangeRate,
                      Money baseTotal, String createdBy) {

    public Invoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(totals, "totals");
        projectKeys = projectKeys == null ? List.of() : List.copyOf(projectKeys);
        jql = jql == null ? "" : jql.strip();
        lines = List.copyOf(lines);
    }

    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    /** The same invoice with other lines, totalled again at the tax rate it has. */
    public Invoice withLines(List<InvoiceLine> newLines) {
        return new Invoice(id, kind, status, accountKey, number, period, grouping, currency, projectKeys, jql, newLines,
                InvoiceTotals.of(newLines, totals.taxPercent(), currency), issueDate, issuedAt, issuedBy, creditOf, voidReason, exchangeRate,
                baseTotal, createdBy);
    }

    public Invoice withId(long newId) {
        return new Invoice(newId, kind, status, accountKey, number, period, grouping, currency, projectKeys, jql, lines, totals, issueDate, issuedAt,
                issuedBy, creditOf, voidReason, exchangeRate, baseTotal, createdBy);
    }

    /** Frozen under its number on the day given, with the base-currency equivalent at the exchange rate (null when none was given). */
    public Invoice issued(String newNumber, LocalDate day, Instant at, String by, BigDecimal rate, Currency baseCurrency) {
        BigDecimal converted = rate == null ? null : totals.total().toDecimal().multiply(rate);
        InvalidInputException.require(converted == null || AmountLimits.isWithin(converted, baseCurrency), "exchangeRate",
                "At this exchange rate the invoice's total would be " + (converted == null ? "" : converted.toPlainString()) + " "
                        + baseCurrency.getCurrencyCode() + ", more than the " + AmountLimits.maximum(baseCurrency).toPlainString() + " an amount may be");
        Money base = converted == null ? null : Money.rounded(converted, baseCurrency);
        return new Invoice(id, kind, InvoiceStatus.ISSUED, accountKey, newNumber, period, grouping, currency, projectKeys, jql, lines, totals, day,
                at, by, creditOf, voidReason, rate, base, createdBy);
    }

    public Invoice voided(String reason) {
        return new Invoice(id, kind, InvoiceStatus.VOID, accountKey, number, period, grouping, currency, projectKeys, jql, lines, totals, issueDate,
                issuedAt, issuedBy, creditOf, reason, exchangeRate, baseTotal, createdBy);
    }
}

package io.github.ratecard.invoice;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice or credit note of one client account: its header, its lines and totals, and the parts
 * its life added. A draft has neither issuance nor voiding; issuing gives it the next number of its
 * sequence and freezes it; voiding keeps the issuance and adds the reason. Its status follows from
 * the parts it has, so no state carries fields another state leaves empty.
 */
public record Invoice(long id, InvoiceHeader header, List<InvoiceLine> lines, InvoiceTotals totals, Optional<Issuance> issuance,
                      Optional<Voiding> voiding) {

    public Invoice {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(issuance, "issuance");
        Objects.requireNonNull(voiding, "voiding");
        lines = List.copyOf(lines);
        if (voiding.isPresent() && (issuance.isEmpty() || header.kind() != InvoiceKind.INVOICE)) {
            throw new IllegalArgumentException("Only an issued invoice is voided");
        }
    }

    /** A new draft without lines yet, totalled at the tax rate given. */
    public static Invoice draft(InvoiceHeader header, BigDecimal taxPercent) {
        return new Invoice(0, header, List.of(), InvoiceTotals.of(List.of(), taxPercent, header.currency()), Optional.empty(), Optional.empty());
    }

    public InvoiceStatus status() {
        return voiding.isPresent() ? InvoiceStatus.VOID : issuance.isPresent() ? InvoiceStatus.ISSUED : InvoiceStatus.DRAFT;
    }

    public boolean isDraft() {
        return issuance.isEmpty();
    }

    public InvoiceKind kind() {
        return header.kind();
    }

    public String accountKey() {
        return header.accountKey();
    }

    public Currency currency() {
        return header.currency();
    }

    /** The number it was issued under; none for a draft. */
    public Optional<String> number() {
        return issuance.map(Issuance::number);
    }

    /** Its number, or "Draft 12" for a draft: how messages name it. */
    public String describe() {
        return number().orElse("Draft " + id);
    }

    /**
     * The VAT breakdown: one subtotal per VAT category and rate with its taxable amount and its tax, rounded per subtotal;
     * their taxes add up to {@code totals().tax()}. Negative on a credit note. Booking per tax rate reads it.
     */
    public List<VatSubtotal> vatBreakdown() {
        return totals.vatBreakdown();
    }

    /** The same document with other lines, totalled again at the tax rate it has. */
    public Invoice withLines(List<InvoiceLine> newLines) {
        return new Invoice(id, header, newLines, InvoiceTotals.of(newLines, totals.taxPercent(), header.currency()), issuance, voiding);
    }

    /** Frozen under its number on the day given, with the base-currency equivalent at the exchange rate (none when none was given). */
    public Invoice issued(String number, LocalDate day, Instant at, String by, BigDecimal rate, Currency baseCurrency) {
        BigDecimal converted = rate == null ? null : totals.total().toDecimal().multiply(rate);
        InvalidInputException.require(converted == null || AmountLimits.isWithin(converted, baseCurrency), "exchangeRate",
                "At this exchange rate the invoice's total would be " + (converted == null ? "" : converted.toPlainString()) + " "
                        + baseCurrency.getCurrencyCode() + ", more than the " + AmountLimits.maximum(baseCurrency).toPlainString() + " an amount may be");
        Optional<Issuance.BaseTotal> base = converted == null ? Optional.empty()
                : Optional.of(new Issuance.BaseTotal(rate, Money.rounded(converted, baseCurrency)));
        return new Invoice(id, header, lines, totals, Optional.of(new Issuance(number, day, at, by, base)), Optional.empty());
    }

    public Invoice voided(String reason) {
        return new Invoice(id, header, lines, totals, issuance, Optional.of(new Voiding(reason)));
    }
}

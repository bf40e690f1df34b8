package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** Subtotal = the sum of the (already rounded) lines; tax on the subtotal, rounded once half-up; total = subtotal + tax. */
public record InvoiceTotals(Money subtotal, BigDecimal taxPercent, Money tax, Money total) {

    public static InvoiceTotals of(List<InvoiceLine> lines, BigDecimal taxPercent, Currency currency) {
        Money subtotal = Money.zero(currency);
        for (InvoiceLine line : lines) {
            subtotal = subtotal.plus(line.amount());
        }
        BigDecimal percent = taxPercent == null ? BigDecimal.ZERO : taxPercent;
        Money tax = subtotal.times(percent.movePointLeft(2));
        return new InvoiceTotals(subtotal, percent, tax, subtotal.plus(tax));
    }
}

package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subtotal = the sum of the (already rounded) lines. The VAT breakdown groups the lines by VAT category and rate (a line's
 * own, else the invoice's {@code taxPercent}), in the order the lines first name them; each group's tax is its taxable sum
 * × its rate, rounded half-up once (EN 16931 BR-CO-17); the tax is the sum of the groups' (BR-CO-14); total = subtotal + tax.
 * With one rate for every line this is the tax on the subtotal, rounded once, as invoices were always totalled.
 */
public record InvoiceTotals(Money subtotal, BigDecimal taxPercent, Money tax, Money total, List<VatSubtotal> vatBreakdown) {

    public InvoiceTotals {
        vatBreakdown = List.copyOf(vatBreakdown);
    }

    public static InvoiceTotals of(List<InvoiceLine> lines, BigDecimal taxPercent, Currency currency) {
        BigDecimal percent = taxPercent == null ? BigDecimal.ZERO : taxPercent;
        LineVat invoiceRate = LineVat.atInvoiceRate(percent);
        Money subtotal = Money.zero(currency);
        Map<LineVat, Money> taxable = new LinkedHashMap<>();
        for (InvoiceLine line : lines) {
            subtotal = subtotal.plus(line.amount());
            taxable.merge(line.vat().orElse(invoiceRate), line.amount(), Money::plus);
        }
        List<VatSubtotal> breakdown = new ArrayList<>();
        Money tax = Money.zero(currency);
        for (Map.Entry<LineVat, Money> group : taxable.entrySet()) {
            LineVat vat = group.getKey();
            Money groupTax = group.getValue().times(vat.percent().movePointLeft(2));
            breakdown.add(new VatSubtotal(vat.category(), vat.percent(), vat.reason(), group.getValue(), groupTax));
            tax = tax.plus(groupTax);
        }
        return new InvoiceTotals(subtotal, percent, tax, subtotal.plus(tax), breakdown);
    }

    /** Whether the lines are charged at more than one VAT category or rate. */
    public boolean severalRates() {
        return vatBreakdown.size() > 1;
    }
}

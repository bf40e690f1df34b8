package io.github.ratecard.einvoice;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VAT breakdown of an e-invoice (EN 16931 BG-23): one group per VAT category and rate, in the order the lines first
 * name them, each with its taxable amount (the sum of its lines), its tax (taxable × rate, rounded half-up once per
 * group, as the invoice's own total is) and the exemption reason its category needs. The document's tax is the sum
 * of the groups' (BR-CO-14).
 */
public record VatBreakdown(List<Group> groups, Money tax) {

    public VatBreakdown {
        groups = List.copyOf(groups);
    }

    /** What one line contributes: its category and rate and its (already rounded) amount. */
    public record TaxedAmount(VatClass vat, Money amount) {
    }

    /** A VAT category at a rate, with the reason an exempt category gives (empty texts for S and Z). */
    public record VatClass(VatCategory category, BigDecimal percent, String reasonCode, String reason) {

        public VatClass {
            percent = percent.stripTrailingZeros();
            reasonCode = category.needsReason() ? (reasonCode == null || reasonCode.isBlank() ? category.defaultReasonCode() : reasonCode) : "";
            reason = category.needsReason() && reason != null ? reason : "";
        }
    }

    public record Group(VatClass vat, Money taxable, Money tax) {
    }

    public static VatBreakdown of(List<TaxedAmount> amounts, Currency currency) {
        Map<VatClass, Money> taxable = new LinkedHashMap<>();
        for (TaxedAmount amount : amounts) {
            taxable.merge(amount.vat(), amount.amount(), Money::plus);
        }
        List<Group> groups = new ArrayList<>();
        Money tax = Money.zero(currency);
        for (Map.Entry<VatClass, Money> entry : taxable.entrySet()) {
            Money groupTax = entry.getValue().times(entry.getKey().percent().movePointLeft(2));
            groups.add(new Group(entry.getKey(), entry.getValue(), groupTax));
            tax = tax.plus(groupTax);
        }
        return new VatBreakdown(groups, tax);
    }
}

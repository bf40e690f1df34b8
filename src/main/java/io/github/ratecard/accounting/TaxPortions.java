package io.github.ratecard.accounting;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.VatSubtotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an accounting export reads a document's tax: one portion per VAT rate of the document's breakdown
 * ({@link Invoice#vatBreakdown()}), categories of the same rate (zero-rated and exempt lines, say) booked together, in
 * the order the breakdown names them. A document without a breakdown (no lines) has one portion at its own rate. The
 * portions always add up to the document's totals.
 */
public final class TaxPortions {

    private TaxPortions() {
    }

    public static List<TaxPortion> of(Invoice invoice) {
        InvoiceTotals totals = invoice.totals();
        if (invoice.vatBreakdown().isEmpty()) {
            return List.of(new TaxPortion(totals.taxPercent(), totals.subtotal(), totals.tax()));
        }
        Map<BigDecimal, TaxPortion> byRate = new LinkedHashMap<>();
        for (VatSubtotal subtotal : invoice.vatBreakdown()) {
            TaxPortion portion = new TaxPortion(subtotal.percent(), subtotal.taxable(), subtotal.tax());
            byRate.merge(portion.percent(), portion, (one, other) -> new TaxPortion(one.percent(), one.net().plus(other.net()),
                    one.tax().plus(other.tax())));
        }
        return new ArrayList<>(byRate.values());
    }
}

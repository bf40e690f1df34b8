package io.github.ratecard.accounting;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceTotals;
import java.util.List;

/**
 * Where an accounting export reads a document's tax: the one place to change when a document carries several rates.
 * Today a document is taxed at one rate ({@link InvoiceTotals#taxPercent()}), so it has one portion: its subtotal and
 * its tax. The portions always add up to the document's total.
 */
public final class TaxPortions {

    private TaxPortions() {
    }

    public static List<TaxPortion> of(Invoice invoice) {
        InvoiceTotals totals = invoice.totals();
        return List.of(new TaxPortion(totals.taxPercent(), totals.subtotal(), totals.tax()));
    }
}

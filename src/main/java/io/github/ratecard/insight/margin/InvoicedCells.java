package io.github.ratecard.insight.margin;

import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns issued documents into what they say about each account's months: a document counts in the
 * month its period ends (invoices cover a month as a rule); an invoice's work is invoiced, a credit
 * note's is credited; the base-currency value of an invoice is its work at its frozen rate, rounded
 * once per document — unknown for the whole month when one invoice of it has no rate.
 */
public final class InvoicedCells {

    private InvoicedCells() {
    }

    public static List<InvoicedCell> of(List<IssuedDocument> documents, Currency base) {
        Map<InvoicedCell.Key, InvoicedCell> cells = new LinkedHashMap<>();
        for (IssuedDocument document : documents) {
            YearMonth month = YearMonth.from(document.lastDay());
            InvoicedCell cell = document.creditNote()
                    ? new InvoicedCell(document.accountKey(), document.currency(), month, 0, 0L, -document.workMinor())
                    : new InvoicedCell(document.accountKey(), document.currency(), month, document.workMinor(), baseOf(document, base), 0);
            cells.merge(cell.key(), cell, InvoicedCell::plus);
        }
        return new ArrayList<>(cells.values());
    }

    private static Long baseOf(IssuedDocument document, Currency base) {
        if (document.currency().equals(base.getCurrencyCode())) {
            return document.workMinor();
        }
        if (document.exchangeRate() == null) {
            return null;
        }
        return MoneyRounding.toMinorUnits(Money.ofMinor(document.workMinor(), document.currency()).toDecimal().multiply(document.exchangeRate()),
                base);
    }
}

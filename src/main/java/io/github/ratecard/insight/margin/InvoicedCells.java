package io.github.ratecard.insight.margin;

import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns issued documents into what they say about each account's months: a document covering
 * several months is spread over them in proportion to what the account's work (in the document's
 * currency) billed in each, all of it in the month its period ends when none billed anything; an
 * invoice's work is invoiced, a credit note's is credited; the base-currency value of an invoice is
 * its work at its frozen rate, rounded once per document and spread the same way — unknown for the
 * whole month when one invoice of it has no rate.
 */
public final class InvoicedCells {

    private InvoicedCells() {
    }

    /** Each document in the month its period ends. */
    public static List<InvoicedCell> of(List<IssuedDocument> documents, Currency base) {
        return of(documents, base, List.of());
    }

    /** Each document spread over the months of its period by what {@code lines} billed there. */
    public static List<InvoicedCell> of(List<IssuedDocument> documents, Currency base, List<MarginLine> lines) {
        Map<InvoicedCell.Key, Long> billed = new HashMap<>();
        for (MarginLine line : lines) {
            if (line.accountKey() != null && line.currency() != null) {
                billed.merge(new InvoicedCell.Key(line.accountKey(), line.currency(), line.month()), Math.max(0, line.work().billMinor()), Long::sum);
            }
        }
        Map<InvoicedCell.Key, InvoicedCell> cells = new LinkedHashMap<>();
        for (IssuedDocument document : documents) {
            List<YearMonth> months = new ArrayList<>();
            YearMonth last = YearMonth.from(document.lastDay());
            for (YearMonth month = YearMonth.from(document.firstDay()); !month.isAfter(last); month = month.plusMonths(1)) {
                months.add(month);
            }
            long[] weights = months.stream().mapToLong(month -> billed.getOrDefault(
                    new InvoicedCell.Key(document.accountKey(), document.currency(), month), 0L)).toArray();
            if (Arrays.stream(weights).allMatch(weight -> weight == 0)) {
                weights[weights.length - 1] = 1;
            }
            List<Money> work = Money.ofMinor(document.workMinor(), document.currency()).allocate(weights);
            Long baseMinor = document.creditNote() ? Long.valueOf(0) : baseOf(document, base);
            List<Money> inBase = baseMinor == null ? null : Money.ofMinor(baseMinor, base).allocate(weights);
            for (int i = 0; i < months.size(); i++) {
                long part = work.get(i).minorUnits();
                InvoicedCell cell = document.creditNote()
                        ? new InvoicedCell(document.accountKey(), document.currency(), months.get(i), 0, 0L, -part)
                        : new InvoicedCell(document.accountKey(), document.currency(), months.get(i), part,
                                inBase == null ? null : inBase.get(i).minorUnits(), 0);
                cells.merge(cell.key(), cell, InvoicedCell::plus);
            }
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

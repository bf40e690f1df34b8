package io.github.ratecard.insight.margin;

import io.github.ratecard.contract.Contract;
import io.github.ratecard.invoice.LineKind;
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
 * Turns issued documents into what they say about each account's months. A document's work (less a cap's write-off,
 * which is spread the same way) covering several months is spread over them in proportion to what the account's work
 * (in the document's currency) billed in each, all of it in the month its period ends when none billed anything; an
 * invoice's work is invoiced, a credit note's is credited; the base-currency value of an invoice's work is at its
 * frozen rate, rounded once per document and spread the same way — unknown for the whole month when one invoice of it
 * has no rate. A contract's lines ({@link ContractMonths} says in which months) are invoiced too, each part at the
 * frozen rate rounded once.
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
        return of(documents, base, lines, Map.of());
    }

    /** Each document spread over the months of its period by what {@code lines} billed there; {@code contracts} by account. */
    public static List<InvoicedCell> of(List<IssuedDocument> documents, Currency base, List<MarginLine> lines, Map<String, Contract> contracts) {
        Map<InvoicedCell.Key, Long> billed = new HashMap<>();
        for (MarginLine line : lines) {
            if (line.accountKey() != null && line.currency() != null) {
                billed.merge(new InvoicedCell.Key(line.accountKey(), line.currency(), line.month()), Math.max(0, line.work().billMinor()), Long::sum);
            }
        }
        Map<InvoicedCell.Key, InvoicedCell> cells = new LinkedHashMap<>();
        for (IssuedDocument document : documents) {
            List<YearMonth> months = ContractMonths.of(document);
            long[] weights = months.stream().mapToLong(month -> billed.getOrDefault(
                    new InvoicedCell.Key(document.accountKey(), document.currency(), month), 0L)).toArray();
            if (Arrays.stream(weights).allMatch(weight -> weight == 0)) {
                weights[weights.length - 1] = 1;
            }
            long writeOffLines = document.contractLines().stream().filter(line -> line.kind() == LineKind.WRITE_OFF)
                    .mapToLong(IssuedDocument.ContractLine::amountMinor).sum();
            long net = document.workMinor() + writeOffLines;
            List<Money> work = Money.ofMinor(net, document.currency()).allocate(weights);
            List<Money> writtenOff = Money.ofMinor(-writeOffLines, document.currency()).allocate(weights);
            Long baseMinor = document.creditNote() ? Long.valueOf(0) : baseOf(document, net, base);
            List<Money> inBase = baseMinor == null ? null : Money.ofMinor(baseMinor, base).allocate(weights);
            for (int i = 0; i < months.size(); i++) {
                long part = work.get(i).minorUnits();
                InvoicedCell cell = document.creditNote()
                        ? new InvoicedCell(document.accountKey(), document.currency(), months.get(i), 0, 0L, -part, 0,
                                writtenOff.get(i).minorUnits())
                        : new InvoicedCell(document.accountKey(), document.currency(), months.get(i), part,
                                inBase == null ? null : inBase.get(i).minorUnits(), 0, 0, writtenOff.get(i).minorUnits());
                cells.merge(cell.key(), cell, InvoicedCell::plus);
            }
            for (IssuedDocument.ContractLine line : document.contractLines()) {
                if (line.kind() != LineKind.WRITE_OFF) {
                    ContractMonths.parts(document, line, contracts.get(document.accountKey())).forEach((month, part) ->
                            cells.merge(new InvoicedCell.Key(document.accountKey(), document.currency(), month),
                                    contractCell(document, month, part, base), InvoicedCell::plus));
                }
            }
        }
        return new ArrayList<>(cells.values());
    }

    private static InvoicedCell contractCell(IssuedDocument document, YearMonth month, long part, Currency base) {
        if (document.creditNote()) {
            return new InvoicedCell(document.accountKey(), document.currency(), month, 0, 0L, -part, 0, 0);
        }
        return new InvoicedCell(document.accountKey(), document.currency(), month, part, baseOf(document, part, base), 0, part, 0);
    }

    private static Long baseOf(IssuedDocument document, long minor, Currency base) {
        if (document.currency().equals(base.getCurrencyCode())) {
            return minor;
        }
        if (document.exchangeRate() == null) {
            return null;
        }
        return MoneyRounding.toMinorUnits(Money.ofMinor(minor, document.currency()).toDecimal().multiply(document.exchangeRate()), base);
    }
}

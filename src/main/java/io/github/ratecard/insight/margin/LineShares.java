package io.github.ratecard.insight.margin;

import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads what issued documents say about an account's month over the lines of work of that month
 * (its projects and people), in proportion to what each line billed; the parts add up exactly
 * (largest remainder), and with nothing billed they are spread evenly. Shares are by position, as
 * two lines may be equal (two issues of one epic with the same figures).
 */
final class LineShares {

    /** A line's part of its cell: invoiced and credited in the line's currency, invoiced in the base currency (null: no rate). */
    record Share(long invoicedMinor, Long invoicedBaseMinor, long creditedMinor) {
        static final Share NONE = new Share(0, 0L, 0);
    }

    private LineShares() {
    }

    /** The share of each line, at the line's position; {@link Share#NONE} for a line no document speaks of. */
    static List<Share> of(List<MarginLine> lines, List<InvoicedCell> cells, java.util.Currency baseCurrency) {
        Map<InvoicedCell.Key, InvoicedCell> byKey = new HashMap<>();
        cells.forEach(cell -> byKey.merge(cell.key(), cell, InvoicedCell::plus));
        Map<InvoicedCell.Key, List<Integer>> linesOfCell = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            MarginLine line = lines.get(i);
            if (line.accountKey() != null && line.currency() != null) {
                linesOfCell.computeIfAbsent(new InvoicedCell.Key(line.accountKey(), line.currency(), line.month()), key -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Share> shares = new ArrayList<>(java.util.Collections.nCopies(lines.size(), Share.NONE));
        linesOfCell.forEach((key, members) -> {
            InvoicedCell cell = byKey.get(key);
            if (cell != null) {
                spread(cell, members, lines, baseCurrency, shares);
            }
        });
        return shares;
    }

    private static void spread(InvoicedCell cell, List<Integer> members, List<MarginLine> lines, java.util.Currency baseCurrency,
                               List<Share> shares) {
        long[] weights = weights(members.stream().map(lines::get).toList());
        List<Money> invoiced = Money.ofMinor(cell.invoicedMinor(), cell.currency()).allocate(weights);
        List<Money> credited = Money.ofMinor(cell.creditedMinor(), cell.currency()).allocate(weights);
        List<Money> base = cell.invoicedBaseMinor() == null ? null : Money.ofMinor(cell.invoicedBaseMinor(), baseCurrency).allocate(weights);
        for (int i = 0; i < members.size(); i++) {
            shares.set(members.get(i), new Share(invoiced.get(i).minorUnits(), base == null ? null : base.get(i).minorUnits(),
                    credited.get(i).minorUnits()));
        }
    }

    private static long[] weights(List<MarginLine> members) {
        long[] weights = new long[members.size()];
        boolean anyBilled = false;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(0, members.get(i).work().billMinor());
            anyBilled |= weights[i] > 0;
        }
        if (!anyBilled) {
            java.util.Arrays.fill(weights, 1);
        }
        return weights;
    }
}

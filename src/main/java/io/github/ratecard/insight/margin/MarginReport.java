package io.github.ratecard.insight.margin;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * The profitability report of a period: its rows, one total row per bill currency, and the base
 * currency totals of the rows that convert ({@code complete} says whether every row did); {@code conversions} say how
 * each bill currency's revenue of each month came to be in the base currency, or that it did not.
 */
public record MarginReport(YearMonth from, YearMonth to, MarginGrouping by, Currency baseCurrency, List<MarginRow> rows,
                           List<MarginRow> totalsByCurrency, BaseTotals totals, List<MarginConversion> conversions) {

    /** A report whose revenue is all in the base currency. */
    public MarginReport(YearMonth from, YearMonth to, MarginGrouping by, Currency baseCurrency, List<MarginRow> rows,
                        List<MarginRow> totalsByCurrency, BaseTotals totals) {
        this(from, to, by, baseCurrency, rows, totalsByCurrency, totals, List.of());
    }

    public MarginReport {
        conversions = List.copyOf(conversions);
    }

    /** Entries without a value at bill rates (no bill rate applied): in no row's write-offs or realisation rate. */
    public long unvaluedEntries() {
        return totalsByCurrency.stream().mapToLong(total -> total.work().unvalued()).sum();
    }

    /** Sums in the base currency over the rows whose figures convert; {@code notConverted} rows are left out. */
    public record BaseTotals(long revenueMinor, long labourCostMinor, long overheadMinor, long expensesMinor, long grossMarginMinor,
                             boolean complete) {

        public java.math.BigDecimal marginPercent() {
            return MarginPercent.of(grossMarginMinor, revenueMinor);
        }
    }
}

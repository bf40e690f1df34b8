package io.github.ratecard.insight.margin;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * One row of the profitability report: a key's figures in one bill currency. Revenue, invoiced,
 * uninvoiced, the value of the worked time and write-offs are in {@code currency}; labour cost,
 * overhead, expenses and the gross margin in the base currency. {@code revenueBase} is null when
 * part of the revenue could not be converted ({@code notConvertedMinor}, in {@code currency}); then
 * so are the gross margin and the margin %, as they are when a cost could not be converted.
 */
public record MarginRow(String key, String label, Currency currency, MarginWork work, Long revenueBaseMinor, long notConvertedMinor,
                        long invoicedMinor, long creditedMinor, long labourCostMinor, long overheadMinor, long expensesMinor,
                        boolean costsNotConverted, MarginTrend trend) {

    public long revenueMinor() {
        return work.billMinor();
    }

    public long uninvoicedMinor() {
        return work.billMinor() - invoicedMinor;
    }

    /**
     * Value of the worked time at bill rates not billed (rounding, non-billable work, reductions), plus
     * what credit notes took back; null when any of the row's entries has no value at bill rates
     * ({@code work().unvalued()} says how many), as billed and valued would then cover different work.
     */
    public Long writeOffsMinor() {
        return isValued() ? work.valueMinor() - work.billMinor() + creditedMinor : null;
    }

    /** Whether the value of the worked time at bill rates is known for every one of the row's entries. */
    public boolean isValued() {
        return work.unvalued() == 0;
    }

    public Long grossMarginBaseMinor() {
        return revenueBaseMinor == null || costsNotConverted ? null : revenueBaseMinor - labourCostMinor - overheadMinor - expensesMinor;
    }

    /** Gross margin ÷ revenue in the base currency, in percent with one decimal; null without both. */
    public BigDecimal marginPercent() {
        Long margin = grossMarginBaseMinor();
        return margin == null ? null : MarginPercent.of(margin, revenueBaseMinor);
    }

    /** Billed ÷ value of the worked time at bill rates, in percent with one decimal; null when an entry has no value. */
    public BigDecimal realisationPercent() {
        return isValued() ? MarginPercent.of(work.billMinor(), work.valueMinor()) : null;
    }
}

package io.github.ratecard.rest;

import io.github.ratecard.domain.Page;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.insight.margin.MarginAnswer;
import io.github.ratecard.insight.margin.MarginConversion;
import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.insight.margin.MarginRow;
import io.github.ratecard.insight.margin.MarginTrend;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** The JSON documents of the profitability report and of the entries behind its figures. */
public final class MarginDocuments {

    private MarginDocuments() {
    }

    public record Trend(String month, LedgerResource.Amount current, LedgerResource.Amount averageOfThreeBefore, String direction) {
        static Trend of(MarginTrend trend, Currency base) {
            if (trend.direction() == null) {
                return null;
            }
            return new Trend(trend.month().toString(), amount(trend.currentMinor(), base), amount(trend.averageMinor(), base),
                    trend.direction().name());
        }
    }

    /** Amounts in the row's currency or the base currency as the report says; a null amount is a figure that could not be converted. */
    public record Row(String key, String label, String currency, LedgerResource.Amount revenue, LedgerResource.Amount revenueBase,
               LedgerResource.Amount notConverted, LedgerResource.Amount invoiced, LedgerResource.Amount uninvoiced,
               LedgerResource.Amount labourCost, LedgerResource.Amount overhead, LedgerResource.Amount expenses,
               LedgerResource.Amount grossMarginBase, String marginPercent, LedgerResource.Amount writeOffs,
               LedgerResource.Amount valueAtBillRates, String realisationPercent, long workedSeconds, long billableSeconds,
               long billedSeconds, long entries, long unpriced, long unvalued, Trend trend) {

        static Row of(MarginRow row, Currency base) {
            Currency currency = row.currency();
            return new Row(row.key(), row.label(), currency.getCurrencyCode(), amount(row.revenueMinor(), currency),
                    amount(row.revenueBaseMinor(), base), row.notConvertedMinor() == 0 ? null : amount(row.notConvertedMinor(), currency),
                    amount(row.invoicedMinor(), currency), amount(row.uninvoicedMinor(), currency), amount(row.labourCostMinor(), base),
                    amount(row.overheadMinor(), base), amount(row.expensesMinor(), base), amount(row.grossMarginBaseMinor(), base),
                    percent(row.marginPercent()), amount(row.writeOffsMinor(), currency),
                    row.isValued() ? amount(row.work().valueMinor(), currency) : null, percent(row.realisationPercent()),
                    row.work().workedSeconds(), row.work().billableSeconds(), row.work().billedSeconds(), row.work().entries(),
                    row.work().unpriced(), row.work().unvalued(), Trend.of(row.trend(), base));
        }
    }

    public record BaseTotals(LedgerResource.Amount revenue, LedgerResource.Amount labourCost, LedgerResource.Amount overhead,
                      LedgerResource.Amount expenses, LedgerResource.Amount grossMargin, String marginPercent, boolean complete) {
    }

    /** {@code byCurrency}: one total row per bill currency; {@code base}: the base-currency sums of the rows that convert. */
    public record Totals(List<Row> byCurrency, BaseTotals base) {
    }

    /** {@code unvalued}: the report's entries without a value at bill rates, said in a sentence when there are any. */
    public record Unvalued(long entries, String statement) {

        static Unvalued of(long entries) {
            return entries == 0 ? null : new Unvalued(entries, entries + (entries == 1 ? " entry has" : " entries have")
                    + " no value at bill rates (no bill rate applied): not in the write-offs and realisation rate");
        }
    }

    /**
     * How one bill currency's revenue of one month is shown in the base currency: {@code how} is RATE_OF_THE_DAY or
     * EARLIER_RATE (the exchange-rate table's entry: its pair, rate, day and source), FROZEN_RATE (the invoices' frozen
     * rates) or NOT_CONVERTED (no rate: the figures are null, never zero).
     */
    public record Conversion(String currency, String month, String how, String pair, String rate, String rateDay, String source) {

        static Conversion of(MarginConversion conversion) {
            ExchangeRate rate = conversion.rate();
            return new Conversion(conversion.currency().getCurrencyCode(), conversion.month().toString(), conversion.how().name(),
                    rate == null ? null : rate.pair().key(), rate == null ? null : rate.rate().toPlainString(),
                    rate == null ? null : rate.day().toString(), rate == null ? null : rate.source());
        }
    }

    /**
     * {@code computedAt}: when the figures were computed (ISO-8601, UTC); {@code snapshot}: true when they are a snapshot kept
     * for a few minutes (finance's report by person or by staff level of every project) rather than computed for this request.
     */
    public record Report(String from, String to, String by, String baseCurrency, List<Row> rows, Totals totals, Unvalued unvalued,
                         List<Conversion> conversions, String computedAt, boolean snapshot) {

        static Report of(MarginAnswer answer) {
            Report report = of(answer.report());
            return new Report(report.from, report.to, report.by, report.baseCurrency, report.rows, report.totals, report.unvalued,
                    report.conversions, answer.computedAt().toString(), answer.snapshot());
        }

        static Report of(MarginReport report) {
            Currency base = report.baseCurrency();
            MarginReport.BaseTotals sums = report.totals();
            return new Report(report.from().toString(), report.to().toString(), report.by().parameter(), base.getCurrencyCode(),
                    report.rows().stream().map(row -> Row.of(row, base)).toList(),
                    new Totals(report.totalsByCurrency().stream().map(row -> Row.of(row, base)).toList(),
                            new BaseTotals(amount(sums.revenueMinor(), base), amount(sums.labourCostMinor(), base),
                                    amount(sums.overheadMinor(), base), amount(sums.expensesMinor(), base),
                                    amount(sums.grossMarginMinor(), base), percent(sums.marginPercent()), sums.complete())),
                    Unvalued.of(report.unvaluedEntries()), report.conversions().stream().map(Conversion::of).toList(), null, false);
        }
    }

    public record Entry(long worklogId, long issueId, long projectId, String authorKey, String workDate, long workedSeconds, long billedSeconds,
                 boolean billable, String accountKey, LedgerResource.Amount cost, LedgerResource.Amount bill, String status, boolean invoiced) {
        static Entry of(LedgerEntry e) {
            return new Entry(e.worklogId(), e.issueId(), e.projectId(), e.authorKey(), e.workDate().toString(), e.workedSeconds(),
                    e.billedSeconds(), e.billable(), e.accountKey(), LedgerResource.Amount.of(e.cost()), LedgerResource.Amount.of(e.bill()),
                    e.status().name(), e.invoiced());
        }
    }

    public record Entries(long total, int offset, int limit, List<Entry> entries) {
        static Entries of(Page<LedgerEntry> page) {
            return new Entries(page.total(), page.offset(), page.limit(), page.items().stream().map(Entry::of).toList());
        }
    }

    private static LedgerResource.Amount amount(Long minor, Currency currency) {
        return minor == null ? null : LedgerResource.Amount.of(Money.ofMinor(minor, currency));
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? null : percent.toPlainString();
    }
}

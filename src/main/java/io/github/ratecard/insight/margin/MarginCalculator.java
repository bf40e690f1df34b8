package io.github.ratecard.insight.margin;

import io.github.ratecard.fx.Conversion;
import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Computes the profitability report from lines of work, issued documents and expenses. A line is
 * the project × account × currency × month, × person when the report is by person or staff level
 * (× epic and person by epic), as {@link MarginLine} says. Billable expenses bill too: what they bill
 * is a line of its own (no labour, valued at what it bills). Per line: revenue is what it billed; in
 * the base currency as it is, or, in another currency, at the frozen exchange rate of the invoices
 * that invoiced all of it — else not converted. Overhead is the line's labour cost × the project's
 * overhead rate in force on the month's first day, rounded per line; what an account's invoices and
 * credit notes say of a month is spread over its lines of that month by largest remainder. Rows add
 * up lines (and expenses) of the period; each figure is a sum of rounded parts. A contract changes a line's revenue
 * first ({@link ContractRevenue}). Revenue in another currency is shown in the base currency at the exchange-rate table's
 * rate of the month's last day (or its last earlier one), else at the invoices' frozen rate, else not converted
 * ({@link MarginConversion} says which, per currency and month).
 */
public final class MarginCalculator {

    private MarginCalculator() {
    }

    /**
     * The report for the months from–to, grouped as asked; {@code labels} names a row key of the
     * grouping. Lines of the three months before {@code to} are used for the trend only when they
     * fall before {@code from}; rows by month have no trend (each is one month).
     */
    public static MarginReport report(MarginInputs inputs, MarginGrouping by, YearMonth from, YearMonth to,
                                      BiFunction<MarginGrouping, String, String> labels) {
        Currency base = inputs.baseCurrency();
        List<MarginLine> billing = new ArrayList<>(inputs.lines());
        inputs.expenses().stream().filter(expense -> expense.billedMinor() != 0).map(MarginExpense::billing).forEach(billing::add);
        List<MarginLine> lines = inputs.contracts().apply(billing, inputs.invoiced());
        List<LineShares.Share> shares = LineShares.of(lines, inputs.invoiced(), base);
        Map<MarginConversion, Boolean> conversions = new LinkedHashMap<>();
        Map<RowKey, MarginSums> period = new LinkedHashMap<>();
        Map<RowKey, MarginSums> totals = new LinkedHashMap<>();
        Map<RowKey, Map<YearMonth, MarginSums>> monthly = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            MarginLine line = lines.get(i);
            if (!inputs.shows(line.projectKey(), line.accountKey())) {
                continue;
            }
            LineFigures figures = figures(line, shares.get(i), inputs, base);
            RowKey key = new RowKey(by.keyOf(line), figures.currency());
            if (within(line.month(), from, to)) {
                figures.conversion().ifPresent(conversion -> conversions.put(conversion, true));
                period.computeIfAbsent(key, k -> new MarginSums()).add(figures);
                totals.computeIfAbsent(new RowKey("", figures.currency()), k -> new MarginSums()).add(figures);
            }
            trendMonth(monthly, key, line.month(), to).ifPresent(sums -> sums.add(figures));
        }
        for (MarginExpense expense : inputs.expenses()) {
            if (!inputs.shows(expense.projectKey(), expense.accountKey())) {
                continue;
            }
            RowKey key = new RowKey(by.keyOf(expense), base);
            if (within(expense.month(), from, to)) {
                period.computeIfAbsent(key, k -> new MarginSums()).addExpense(expense, base);
                totals.computeIfAbsent(new RowKey("", base), k -> new MarginSums()).addExpense(expense, base);
            }
            trendMonth(monthly, key, expense.month(), to).ifPresent(sums -> sums.addExpense(expense, base));
        }
        List<MarginRow> rows = new ArrayList<>();
        period.forEach((key, sums) -> rows.add(sums.row(key.key(), labels.apply(by, key.key()), key.currency(),
                by == MarginGrouping.MONTH ? MarginTrend.NONE : trend(monthly.get(key), to))));
        rows.sort(order(by));
        List<MarginRow> totalRows = new ArrayList<>();
        totals.forEach((key, sums) -> totalRows.add(sums.row("", "", key.currency(), MarginTrend.NONE)));
        totalRows.sort(Comparator.comparing(row -> row.currency().getCurrencyCode()));
        List<MarginConversion> stated = new ArrayList<>(conversions.keySet());
        stated.sort(Comparator.comparing((MarginConversion c) -> c.currency().getCurrencyCode()).thenComparing(MarginConversion::month)
                .thenComparing(MarginConversion::how));
        return new MarginReport(from, to, by, base, rows, totalRows, baseTotals(rows), stated);
    }

    private record RowKey(String key, Currency currency) {
    }

    record LineFigures(Currency currency, MarginWork work, long invoicedMinor, long creditedMinor, Long revenueBaseMinor,
                       long notConvertedMinor, long overheadMinor, java.util.Optional<MarginConversion> conversion) {
    }

    static LineFigures figures(MarginLine line, LineShares.Share share, MarginInputs inputs, Currency base) {
        Currency currency = line.currency() == null ? base : Currency.getInstance(line.currency());
        long bill = line.work().billMinor();
        Long revenueBase;
        long notConverted = 0;
        MarginConversion conversion = null;
        if (currency.equals(base)) {
            revenueBase = bill;
        } else if (bill == 0) {
            revenueBase = 0L;
        } else {
            Conversion table = inputs.rates().convert(Money.ofMinor(bill, currency), base, line.month().atEndOfMonth());
            if (table.isConverted()) {
                revenueBase = table.result().orElseThrow().minorUnits();
                conversion = new MarginConversion(currency, line.month(), table.isEarlierRate() ? MarginConversion.How.EARLIER_RATE
                        : MarginConversion.How.RATE_OF_THE_DAY, table.appliedRate().orElseThrow());
            } else if (share.invoicedBaseMinor() != null && share.invoicedMinor() >= bill && share.invoicedMinor() > 0) {
                BigDecimal invoicedBase = Money.ofMinor(share.invoicedBaseMinor(), base).toDecimal();
                revenueBase = MoneyRounding.toMinorUnits(invoicedBase.multiply(BigDecimal.valueOf(bill)),
                        BigDecimal.valueOf(share.invoicedMinor()), base);
                conversion = new MarginConversion(currency, line.month(), MarginConversion.How.FROZEN_RATE, null);
            } else {
                revenueBase = null;
                notConverted = bill;
                conversion = new MarginConversion(currency, line.month(), MarginConversion.How.NOT_CONVERTED, null);
            }
        }
        BigDecimal percent = inputs.overhead().percentFor(line.projectKey(), line.month().atDay(1));
        long overhead = MoneyRounding.toMinorUnits(Money.ofMinor(line.work().costMinor(), base).toDecimal().multiply(percent),
                BigDecimal.valueOf(100), base);
        return new LineFigures(currency, line.work(), share.invoicedMinor(), share.creditedMinor(), revenueBase, notConverted, overhead,
                java.util.Optional.ofNullable(conversion));
    }

    private static boolean within(YearMonth month, YearMonth from, YearMonth to) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    private static java.util.Optional<MarginSums> trendMonth(Map<RowKey, Map<YearMonth, MarginSums>> monthly, RowKey key, YearMonth month,
                                                             YearMonth to) {
        if (month.isAfter(to) || month.isBefore(to.minusMonths(3))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(monthly.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(month, m -> new MarginSums()));
    }

    /** This month's margin against the average of the three before; months without work count as zero. */
    static MarginTrend trend(Map<YearMonth, MarginSums> months, YearMonth to) {
        Map<YearMonth, MarginSums> known = months == null ? Map.of() : months;
        long earlier = 0;
        for (int back = 1; back <= 3; back++) {
            MarginSums sums = known.get(to.minusMonths(back));
            Long margin = sums == null ? Long.valueOf(0) : sums.grossMargin();
            if (margin == null) {
                return MarginTrend.NONE;
            }
            earlier += margin;
        }
        MarginSums now = known.get(to);
        Long current = now == null ? Long.valueOf(0) : now.grossMargin();
        if (current == null) {
            return MarginTrend.NONE;
        }
        long average = BigDecimal.valueOf(earlier).divide(BigDecimal.valueOf(3), 0, MoneyRounding.MODE).longValueExact();
        return new MarginTrend(to, current, average);
    }

    private static MarginReport.BaseTotals baseTotals(List<MarginRow> rows) {
        long revenue = 0;
        long labour = 0;
        long overhead = 0;
        long expenses = 0;
        long margin = 0;
        boolean complete = true;
        for (MarginRow row : rows) {
            Long rowMargin = row.grossMarginBaseMinor();
            if (rowMargin == null) {
                complete = false;
                continue;
            }
            revenue += row.revenueBaseMinor();
            labour += row.labourCostMinor();
            overhead += row.overheadMinor();
            expenses += row.expensesMinor();
            margin += rowMargin;
        }
        return new MarginReport.BaseTotals(revenue, labour, overhead, expenses, margin, complete);
    }

    private static Comparator<MarginRow> order(MarginGrouping by) {
        Comparator<MarginRow> byCurrency = Comparator.comparing(row -> row.currency().getCurrencyCode());
        if (by == MarginGrouping.MONTH) {
            return Comparator.comparing(MarginRow::key).thenComparing(byCurrency);
        }
        return Comparator.comparing((MarginRow row) -> row.label().toLowerCase(java.util.Locale.ROOT)).thenComparing(MarginRow::key)
                .thenComparing(byCurrency);
    }
}

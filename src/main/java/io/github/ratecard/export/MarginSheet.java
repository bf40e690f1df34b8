package io.github.ratecard.export;

import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.insight.margin.MarginRow;
import io.github.ratecard.insight.margin.MarginTrend;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The profitability report as a table for the XLSX and CSV writers: a heading per column in the
 * document's language and one line per row; amounts are decimals with their currency in a column
 * of their own, percentages decimals; a figure that could not be converted is the words "not converted".
 */
public final class MarginSheet {

    /** One cell: text or a number (amount or percentage), never both; both null for an empty cell. */
    public record Cell(String text, BigDecimal number) {
        static Cell of(String text) {
            return new Cell(text, null);
        }

        static Cell of(BigDecimal number) {
            return new Cell(null, number);
        }
    }

    private final List<String> heads;
    private final List<List<Cell>> lines;
    private final String title;

    private MarginSheet(String title, List<String> heads, List<List<Cell>> lines) {
        this.title = title;
        this.heads = heads;
        this.lines = lines;
    }

    public static MarginSheet of(MarginReport report, ExportWords words) {
        List<String> heads = new ArrayList<>();
        for (String key : List.of("row", "currency", "revenue", "revenueBase", "invoiced", "uninvoiced", "labourCost", "overhead", "expenses",
                "grossMargin", "marginPercent", "writeOffs", "realisation", "trendCurrent", "trendAverage")) {
            heads.add(words.text("ratecard.margin.column." + key, report.baseCurrency().getCurrencyCode()));
        }
        String notConverted = words.text("ratecard.margin.notConverted");
        List<List<Cell>> lines = new ArrayList<>();
        for (MarginRow row : report.rows()) {
            lines.add(line(row, row.label(), report.baseCurrency(), notConverted));
        }
        for (MarginRow total : report.totalsByCurrency()) {
            lines.add(line(total, words.text("ratecard.margin.total"), report.baseCurrency(), notConverted));
        }
        String title = words.text("ratecard.margin.export.title", report.from().toString(), report.to().toString());
        return new MarginSheet(title, List.copyOf(heads), List.copyOf(lines));
    }

    private static List<Cell> line(MarginRow row, String label, Currency base, String notConverted) {
        Currency currency = row.currency();
        MarginTrend trend = row.trend();
        return List.of(Cell.of(label), Cell.of(currency.getCurrencyCode()), amount(row.revenueMinor(), currency),
                row.revenueBaseMinor() == null ? Cell.of(notConverted) : amount(row.revenueBaseMinor(), base),
                amount(row.invoicedMinor(), currency), amount(row.uninvoicedMinor(), currency), amount(row.labourCostMinor(), base),
                amount(row.overheadMinor(), base), amount(row.expensesMinor(), base),
                row.grossMarginBaseMinor() == null ? Cell.of(notConverted) : amount(row.grossMarginBaseMinor(), base),
                Cell.of(row.marginPercent()), row.writeOffsMinor() == null ? Cell.of((String) null) : amount(row.writeOffsMinor(), currency),
                Cell.of(row.realisationPercent()), trend.currentMinor() == null ? Cell.of((String) null) : amount(trend.currentMinor(), base),
                trend.averageMinor() == null ? Cell.of((String) null) : amount(trend.averageMinor(), base));
    }

    private static Cell amount(long minor, Currency currency) {
        return Cell.of(Money.ofMinor(minor, currency).toDecimal());
    }

    public String title() {
        return title;
    }

    public List<String> heads() {
        return heads;
    }

    public List<List<Cell>> lines() {
        return lines;
    }
}

package io.github.ratecard.insight.margin;

import io.github.ratecard.export.ExportWords;
import io.github.ratecard.export.MarginSheet;
import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The profitability report as a table for the downloads: a heading per column in the document's
 * language and one line per row, then the totals per currency; amounts are decimals with their
 * currency in a column of their own; a figure that could not be converted says "not converted". Below the table,
 * after an empty line, one sentence per bill currency and month saying how its revenue was shown in the base currency.
 */
public final class MarginSheets {

    private MarginSheets() {
    }

    public static MarginSheet of(MarginReport report, ExportWords words) {
        List<String> heads = new ArrayList<>();
        for (String key : List.of("row", "currency", "revenue", "revenueBase", "invoiced", "uninvoiced", "labourCost", "overhead", "expenses",
                "grossMargin", "marginPercent", "writeOffs", "realisation", "trendCurrent", "trendAverage")) {
            heads.add(words.text("ratecard.margin.column." + key, report.baseCurrency().getCurrencyCode()));
        }
        String notConverted = words.text("ratecard.margin.notConverted");
        List<List<MarginSheet.Cell>> lines = new ArrayList<>();
        for (MarginRow row : report.rows()) {
            lines.add(line(row, row.label(), report.baseCurrency(), notConverted));
        }
        for (MarginRow total : report.totalsByCurrency()) {
            lines.add(line(total, words.text("ratecard.margin.total"), report.baseCurrency(), notConverted));
        }
        List<String> notes = new ArrayList<>();
        List<String> conversions = MarginConversionSentences.of(report, words::filled, java.time.LocalDate::toString);
        if (!conversions.isEmpty()) {
            notes.add(words.filled("ratecard.margin.fx.title", report.baseCurrency().getCurrencyCode()));
            notes.addAll(conversions);
        }
        String title = words.text("ratecard.margin.export.title", report.from().toString(), report.to().toString());
        return new MarginSheet(title, heads, lines, notes);
    }

    private static List<MarginSheet.Cell> line(MarginRow row, String label, Currency base, String notConverted) {
        Currency currency = row.currency();
        MarginTrend trend = row.trend();
        return List.of(MarginSheet.Cell.of(label), MarginSheet.Cell.of(currency.getCurrencyCode()), amount(row.revenueMinor(), currency),
                row.revenueBaseMinor() == null ? MarginSheet.Cell.of(notConverted) : amount(row.revenueBaseMinor(), base),
                amount(row.invoicedMinor(), currency), amount(row.uninvoicedMinor(), currency), amount(row.labourCostMinor(), base),
                amount(row.overheadMinor(), base), amount(row.expensesMinor(), base),
                row.grossMarginBaseMinor() == null ? MarginSheet.Cell.of(notConverted) : amount(row.grossMarginBaseMinor(), base),
                MarginSheet.Cell.of(row.marginPercent()), row.writeOffsMinor() == null ? MarginSheet.Cell.of((String) null) : amount(row.writeOffsMinor(), currency),
                MarginSheet.Cell.of(row.realisationPercent()), trend.currentMinor() == null ? MarginSheet.Cell.of((String) null) : amount(trend.currentMinor(), base),
                trend.averageMinor() == null ? MarginSheet.Cell.of((String) null) : amount(trend.averageMinor(), base));
    }

    private static MarginSheet.Cell amount(long minor, Currency currency) {
        return MarginSheet.Cell.of(Money.ofMinor(minor, currency).toDecimal());
    }

}

package io.github.ratecard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.insight.margin.MarginConversion;
import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.insight.margin.MarginRow;
import io.github.ratecard.insight.margin.MarginTrend;
import io.github.ratecard.insight.margin.MarginWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profitability report as JSON and back, every figure as it is (minor units as whole numbers, rates as decimal
 * strings), so that a report read back equals the report written. Written and read as maps and lists with the
 * ObjectMapper calls the app already makes of the host's Jackson.
 */
final class MarginReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WORK = List.of("worked", "billable", "billedSeconds", "cost", "bill", "value", "entries", "unpriced",
            "unvalued");

    private MarginReportJson() {
    }

    static String write(MarginReport report) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("from", report.from().toString());
        node.put("to", report.to().toString());
        node.put("by", report.by().name());
        node.put("base", report.baseCurrency().getCurrencyCode());
        node.put("rows", report.rows().stream().map(MarginReportJson::row).toList());
        node.put("totals", report.totalsByCurrency().stream().map(MarginReportJson::row).toList());
        MarginReport.BaseTotals base = report.totals();
        Map<String, Object> baseNode = new LinkedHashMap<>();
        baseNode.put("revenue", base.revenueMinor());
        baseNode.put("labourCost", base.labourCostMinor());
        baseNode.put("overhead", base.overheadMinor());
        baseNode.put("expenses", base.expensesMinor());
        baseNode.put("grossMargin", base.grossMarginMinor());
        baseNode.put("complete", base.complete());
        node.put("baseTotals", baseNode);
        node.put("conversions", report.conversions().stream().map(MarginReportJson::conversion).toList());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profitability report could not be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    static MarginReport read(String json) {
        Map<String, Object> node;
        try {
            node = JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept profitability report could not be read", e);
        }
        Map<String, Object> base = (Map<String, Object>) node.get("baseTotals");
        return new MarginReport(YearMonth.parse(text(node, "from")), YearMonth.parse(text(node, "to")),
                MarginGrouping.valueOf(text(node, "by")), Currency.getInstance(text(node, "base")), each(node, "rows", MarginReportJson::row),
                each(node, "totals", MarginReportJson::row),
                new MarginReport.BaseTotals(whole(base, "revenue"), whole(base, "labourCost"), whole(base, "overhead"), whole(base, "expenses"),
                        whole(base, "grossMargin"), (Boolean) base.get("complete")),
                each(node, "conversions", MarginReportJson::conversion));
    }

    /** The list in {@code field}, each of its objects read by {@code read}. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> each(Map<String, Object> node, String field, java.util.function.Function<Map<String, Object>, T> read) {
        return ((List<Map<String, Object>>) node.get(field)).stream().map(read).toList();
    }

    private static Map<String, Object> row(MarginRow row) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("key", row.key());
        node.put("label", row.label());
        node.put("currency", row.currency() == null ? null : row.currency().getCurrencyCode());
        MarginWork work = row.work();
        List<Long> figures = List.of(work.workedSeconds(), work.billableSeconds(), work.billedSeconds(), work.costMinor(), work.billMinor(),
                work.valueMinor(), work.entries(), work.unpriced(), work.unvalued());
        Map<String, Object> workNode = new LinkedHashMap<>();
        for (int i = 0; i < WORK.size(); i++) {
            workNode.put(WORK.get(i), figures.get(i));
        }
        node.put("work", workNode);
        node.put("revenueBase", row.revenueBaseMinor());
        node.put("notConverted", row.notConvertedMinor());
        node.put("invoiced", row.invoicedMinor());
        node.put("credited", row.creditedMinor());
        node.put("labourCost", row.labourCostMinor());
        node.put("overhead", row.overheadMinor());
        node.put("expenses", row.expensesMinor());
        node.put("costsNotConverted", row.costsNotConverted());
        MarginTrend trend = row.trend();
        if (trend != null) {
            Map<String, Object> trendNode = new LinkedHashMap<>();
            trendNode.put("month", trend.month() == null ? null : trend.month().toString());
            trendNode.put("current", trend.currentMinor());
            trendNode.put("average", trend.averageMinor());
            node.put("trend", trendNode);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static MarginRow row(Map<String, Object> node) {
        Map<String, Object> work = (Map<String, Object>) node.get("work");
        long[] figures = new long[WORK.size()];
        for (int i = 0; i < WORK.size(); i++) {
            figures[i] = whole(work, WORK.get(i));
        }
        Map<String, Object> trend = (Map<String, Object>) node.get("trend");
        String currency = text(node, "currency");
        return new MarginRow(text(node, "key"), text(node, "label"), currency == null ? null : Currency.getInstance(currency),
                new MarginWork(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6], figures[7], figures[8]),
                wholeOrNull(node, "revenueBase"), whole(node, "notConverted"), whole(node, "invoiced"), whole(node, "credited"),
                whole(node, "labourCost"), whole(node, "overhead"), whole(node, "expenses"), (Boolean) node.get("costsNotConverted"),
                trend == null ? null : new MarginTrend(text(trend, "month") == null ? null : YearMonth.parse(text(trend, "month")),
                        wholeOrNull(trend, "current"), wholeOrNull(trend, "average")));
    }

    private static Map<String, Object> conversion(MarginConversion conversion) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("currency", conversion.currency().getCurrencyCode());
        node.put("month", conversion.month().toString());
        node.put("how", conversion.how().name());
        ExchangeRate rate = conversion.rate();
        if (rate != null) {
            Map<String, Object> rateNode = new LinkedHashMap<>();
            rateNode.put("base", rate.pair().base().getCurrencyCode());
            rateNode.put("quote", rate.pair().quote().getCurrencyCode());
            rateNode.put("day", rate.day().toString());
            rateNode.put("rate", rate.rate().toPlainString());
            rateNode.put("source", rate.source());
            node.put("rate", rateNode);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static MarginConversion conversion(Map<String, Object> node) {
        Map<String, Object> rate = (Map<String, Object>) node.get("rate");
        return new MarginConversion(Currency.getInstance(text(node, "currency")), YearMonth.parse(text(node, "month")),
                MarginConversion.How.valueOf(text(node, "how")),
                rate == null ? null : new ExchangeRate(new CurrencyPair(Currency.getInstance(text(rate, "base")),
                        Currency.getInstance(text(rate, "quote"))), LocalDate.parse(text(rate, "day")), new BigDecimal(text(rate, "rate")),
                        text(rate, "source")));
    }

    private static String text(Map<String, Object> node, String field) {
        Object value = node.get(field);
        return value == null ? null : value.toString();
    }

    private static long whole(Map<String, Object> node, String field) {
        return ((Number) node.get(field)).longValue();
    }

    private static Long wholeOrNull(Map<String, Object> node, String field) {
        Object value = node.get(field);
        return value == null ? null : ((Number) value).longValue();
    }
}

package io.github.ratecard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A profitability report as JSON and back, every figure as it is (minor units as whole numbers, rates as decimal
 * strings), so that a report read back equals the report written.
 */
final class MarginReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WORK = {"worked", "billable", "billedSeconds", "cost", "bill", "value", "entries", "unpriced", "unvalued"};

    private MarginReportJson() {
    }

    static String write(MarginReport report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("from", report.from().toString());
        node.put("to", report.to().toString());
        node.put("by", report.by().name());
        node.put("base", report.baseCurrency().getCurrencyCode());
        ArrayNode rows = node.putArray("rows");
        report.rows().forEach(row -> rows.add(row(row)));
        ArrayNode totals = node.putArray("totals");
        report.totalsByCurrency().forEach(row -> totals.add(row(row)));
        MarginReport.BaseTotals base = report.totals();
        ObjectNode baseNode = node.putObject("baseTotals");
        baseNode.put("revenue", base.revenueMinor());
        baseNode.put("labourCost", base.labourCostMinor());
        baseNode.put("overhead", base.overheadMinor());
        baseNode.put("expenses", base.expensesMinor());
        baseNode.put("grossMargin", base.grossMarginMinor());
        baseNode.put("complete", base.complete());
        ArrayNode conversions = node.putArray("conversions");
        report.conversions().forEach(conversion -> conversions.add(conversion(conversion)));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profitability report could not be written as JSON", e);
        }
    }

    static MarginReport read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept profitability report could not be read: " + e.getOriginalMessage(), e);
        }
        List<MarginRow> rows = new ArrayList<>();
        node.get("rows").forEach(row -> rows.add(row(row)));
        List<MarginRow> totals = new ArrayList<>();
        node.get("totals").forEach(row -> totals.add(row(row)));
        JsonNode base = node.get("baseTotals");
        List<MarginConversion> conversions = new ArrayList<>();
        node.get("conversions").forEach(conversion -> conversions.add(conversion(conversion)));
        return new MarginReport(YearMonth.parse(node.get("from").asText()), YearMonth.parse(node.get("to").asText()),
                MarginGrouping.valueOf(node.get("by").asText()), Currency.getInstance(node.get("base").asText()), rows, totals,
                new MarginReport.BaseTotals(base.get("revenue").asLong(), base.get("labourCost").asLong(), base.get("overhead").asLong(),
                        base.get("expenses").asLong(), base.get("grossMargin").asLong(), base.get("complete").asBoolean()),
                conversions);
    }

    private static ObjectNode row(MarginRow row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", row.key());
        node.put("label", row.label());
        node.put("currency", row.currency() == null ? null : row.currency().getCurrencyCode());
        MarginWork work = row.work();
        long[] figures = {work.workedSeconds(), work.billableSeconds(), work.billedSeconds(), work.costMinor(), work.billMinor(),
                work.valueMinor(), work.entries(), work.unpriced(), work.unvalued()};
        ObjectNode workNode = node.putObject("work");
        for (int i = 0; i < WORK.length; i++) {
            workNode.put(WORK[i], figures[i]);
        }
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
            ObjectNode trendNode = node.putObject("trend");
            trendNode.put("month", trend.month() == null ? null : trend.month().toString());
            trendNode.put("current", trend.currentMinor());
            trendNode.put("average", trend.averageMinor());
        }
        return node;
    }

    private static MarginRow row(JsonNode node) {
        JsonNode work = node.get("work");
        long[] figures = new long[WORK.length];
        for (int i = 0; i < WORK.length; i++) {
            figures[i] = work.get(WORK[i]).asLong();
        }
        JsonNode trend = node.get("trend");
        return new MarginRow(text(node, "key"), text(node, "label"), currency(text(node, "currency")),
                new MarginWork(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6], figures[7], figures[8]),
                whole(node, "revenueBase"), node.get("notConverted").asLong(), node.get("invoiced").asLong(), node.get("credited").asLong(),
                node.get("labourCost").asLong(), node.get("overhead").asLong(), node.get("expenses").asLong(),
                node.get("costsNotConverted").asBoolean(),
                trend == null ? null : new MarginTrend(month(text(trend, "month")), whole(trend, "current"), whole(trend, "average")));
    }

    private static ObjectNode conversion(MarginConversion conversion) {
        ObjectNode node = JSON.createObjectNode();
        node.put("currency", conversion.currency().getCurrencyCode());
        node.put("month", conversion.month().toString());
        node.put("how", conversion.how().name());
        ExchangeRate rate = conversion.rate();
        if (rate != null) {
            ObjectNode rateNode = node.putObject("rate");
            rateNode.put("base", rate.pair().base().getCurrencyCode());
            rateNode.put("quote", rate.pair().quote().getCurrencyCode());
            rateNode.put("day", rate.day().toString());
            rateNode.put("rate", rate.rate().toPlainString());
            rateNode.put("source", rate.source());
        }
        return node;
    }

    private static MarginConversion conversion(JsonNode node) {
        JsonNode rate = node.get("rate");
        return new MarginConversion(Currency.getInstance(text(node, "currency")), YearMonth.parse(text(node, "month")),
                MarginConversion.How.valueOf(text(node, "how")),
                rate == null ? null : new ExchangeRate(new CurrencyPair(Currency.getInstance(text(rate, "base")),
                        Currency.getInstance(text(rate, "quote"))), LocalDate.parse(text(rate, "day")), new BigDecimal(text(rate, "rate")),
                        text(rate, "source")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long whole(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static Currency currency(String code) {
        return code == null ? null : Currency.getInstance(code);
    }

    private static YearMonth month(String text) {
        return text == null ? null : YearMonth.parse(text);
    }
}

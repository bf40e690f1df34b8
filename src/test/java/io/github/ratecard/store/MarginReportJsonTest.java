package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

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
import java.util.List;
import org.junit.Test;

/** A profitability report written as JSON reads back equal, figure for figure. */
public class MarginReportJsonTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    public void reportWithTrendsConversionsAndUnconvertedFigures_shouldReadBackEqual() {
        MarginRow converted = new MarginRow("ana", "Ana <b>Lima</b>", EUR, new MarginWork(36_000, 30_000, 28_800, 40_000, 80_000, 90_000, 12, 1, 0),
                80_000L, 0, 50_000, 2_500, 40_000, 4_000, 0, false, new MarginTrend(NOV, 26_000L, 24_333L));
        MarginRow unconverted = new MarginRow("ben", "Ben", USD, new MarginWork(7_200, 0, 7_200, 9_000, 12_345, 12_345, 2, 0, 2),
                null, 12_345, 0, 0, 9_000, 0, 0, true, MarginTrend.NONE);
        MarginRow total = new MarginRow("", "Total", EUR, MarginWork.NONE, 0L, 0, 0, 0, 0, 0, -1_999_999_999_999L, false, MarginTrend.NONE);
        ExchangeRate rate = new ExchangeRate(new CurrencyPair(USD, EUR), LocalDate.parse("2026-11-15"), new BigDecimal("0.9123456780"), "ECB \"ref\"");
        MarginReport report = new MarginReport(YearMonth.of(2026, 1), NOV, MarginGrouping.PERSON, EUR, List.of(converted, unconverted),
                List.of(total), new MarginReport.BaseTotals(80_000, 49_000, 4_000, 0, 27_000, false),
                List.of(new MarginConversion(USD, NOV, MarginConversion.How.EARLIER_RATE, rate),
                        new MarginConversion(USD, YearMonth.of(2026, 10), MarginConversion.How.NOT_CONVERTED, null)));

        assertEquals(report, MarginReportJson.read(MarginReportJson.write(report)));
    }

    @Test
    public void emptyReport_shouldReadBackEqual() {
        MarginReport report = new MarginReport(NOV, NOV, MarginGrouping.LEVEL, EUR, List.of(), List.of(),
                new MarginReport.BaseTotals(0, 0, 0, 0, 0, true));

        assertEquals(report, MarginReportJson.read(MarginReportJson.write(report)));
    }
}

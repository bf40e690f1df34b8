package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.insight.margin.MarginConversion;
import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.insight.margin.MarginRow;
import io.github.ratecard.insight.margin.MarginTrend;
import io.github.ratecard.insight.margin.MarginWork;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.Test;

/**
 * Entries without a value at bill rates are said, not silently left out: a EUR total of 10 entries, 2
 * of them without a bill rate, and a USD total of 4 entries, 1 without.
 */
public class MarginUnvaluedTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    public void report_shouldCountTheUnvaluedEntriesOfEveryCurrency() {
        MarginDocuments.Report document = MarginDocuments.Report.of(report(total(EUR, 10, 2), total(USD, 4, 1)));

        assertEquals(3, document.unvalued().entries());
        assertEquals("3 entries have no value at bill rates (no bill rate applied): not in the write-offs and realisation rate",
                document.unvalued().statement());
    }

    @Test
    public void report_whereEveryEntryHasAValue_shouldSayNothing() {
        assertNull(MarginDocuments.Report.of(report(total(EUR, 10, 0))).unvalued());
    }

    @Test
    public void report_shouldSayWhichRateShowedEachCurrencysMonthInTheBaseCurrency() {
        ExchangeRate rate = new ExchangeRate(CurrencyPair.of("USD", "EUR"), java.time.LocalDate.parse("2026-11-10"), new java.math.BigDecimal("0.95"), "ECB");
        MarginReport given = new MarginReport(YearMonth.of(2026, 11), YearMonth.of(2026, 11), MarginGrouping.ACCOUNT, EUR, List.of(), List.of(),
                new MarginReport.BaseTotals(0, 0, 0, 0, 0, false), List.of(
                        new MarginConversion(USD, YearMonth.of(2026, 11), MarginConversion.How.EARLIER_RATE, rate),
                        new MarginConversion(Currency.getInstance("JPY"), YearMonth.of(2026, 11), MarginConversion.How.NOT_CONVERTED, null)));

        List<MarginDocuments.Conversion> conversions = MarginDocuments.Report.of(given).conversions();

        assertEquals(new MarginDocuments.Conversion("USD", "2026-11", "EARLIER_RATE", "USD/EUR", "0.95", "2026-11-10", "ECB"), conversions.get(0));
        assertEquals(new MarginDocuments.Conversion("JPY", "2026-11", "NOT_CONVERTED", null, null, null, null), conversions.get(1));
    }

    private static MarginReport report(MarginRow... totals) {
        return new MarginReport(YearMonth.of(2026, 11), YearMonth.of(2026, 11), MarginGrouping.ACCOUNT, EUR, List.of(totals), List.of(totals),
                new MarginReport.BaseTotals(0, 0, 0, 0, 0, true));
    }

    private static MarginRow total(Currency currency, long entries, long unvalued) {
        MarginWork work = new MarginWork(36_000, 36_000, 36_000, 50_000, 80_000, 90_000, entries, 0, unvalued);
        return new MarginRow("total", "Total", currency, work, 80_000L, 0, 0, 0, 50_000, 0, 0, false, MarginTrend.NONE);
    }
}

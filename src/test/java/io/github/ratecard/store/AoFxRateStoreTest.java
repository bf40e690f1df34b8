package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.RateFilter;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** The exchange-rate table on the real ORM: one rate per pair and day, the lists, and what a conversion reads. */
public class AoFxRateStoreTest {

    private static final CurrencyPair EUR_USD = CurrencyPair.of("EUR", "USD");
    private static final CurrencyPair EUR_JPY = CurrencyPair.of("EUR", "JPY");

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoFxRateStore target = new AoFxRateStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void rateOfTheSamePairAndDay_shouldBeReplacedNotDoubled() {
        assertTrue(target.put(rate(EUR_USD, "2026-11-30", "1.0825", "ECB")));

        assertFalse(target.put(rate(EUR_USD, "2026-11-30", "1.0830", "")));

        assertEquals(List.of(rate(EUR_USD, "2026-11-30", "1.083", "")), target.rates(RateFilter.all(), 0, 10).items());
    }

    @Test
    public void rate_shouldKeepItsDecimalsExactly() {
        target.put(rate(EUR_JPY, "2026-11-30", "162.1234567891", "ECB"));

        assertEquals(new BigDecimal("162.1234567891"), target.rate(EUR_JPY, LocalDate.parse("2026-11-30")).orElseThrow().rate());
    }

    @Test
    public void list_shouldFilterByPairCurrencyAndDaysLatestFirst() {
        target.putAll(List.of(rate(EUR_USD, "2026-11-27", "1.08", "ECB"), rate(EUR_USD, "2026-11-30", "1.09", "ECB"),
                rate(EUR_JPY, "2026-11-30", "162", "ECB"), rate(CurrencyPair.of("USD", "JPY"), "2026-11-30", "150", "")));

        assertEquals(List.of(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-27")),
                target.rates(new RateFilter(EUR_USD, null, null), 0, 10).items().stream().map(ExchangeRate::day).toList());
        assertEquals(2, target.rates(new RateFilter(null, Currencies.of("JPY"), null), 0, 10).total());
        assertEquals(3, target.rates(new RateFilter(null, null, new DateRange(LocalDate.parse("2026-11-28"), LocalDate.parse("2026-12-31"))), 0, 10)
                .total());
        assertEquals(1, target.rates(RateFilter.all(), 3, 10).items().size());
    }

    @Test
    public void putAll_shouldAnswerHowManyWereNew() {
        target.put(rate(EUR_USD, "2026-11-27", "1.08", "ECB"));

        int added = target.putAll(List.of(rate(EUR_USD, "2026-11-27", "1.07", "ECB"), rate(EUR_USD, "2026-11-30", "1.09", "ECB")));

        assertEquals(1, added);
        assertEquals(new BigDecimal("1.07"), target.rate(EUR_USD, LocalDate.parse("2026-11-27")).orElseThrow().rate());
    }

    @Test
    public void deletedRate_shouldBeGone() {
        target.put(rate(EUR_USD, "2026-11-30", "1.09", "ECB"));

        assertTrue(target.delete(EUR_USD, LocalDate.parse("2026-11-30")));

        assertFalse(target.delete(EUR_USD, LocalDate.parse("2026-11-30")));
    }

    @Test
    public void ratesFor_shouldBringTheDaysAndEachPairsLastEarlierRateOnly() {
        target.putAll(List.of(rate(EUR_USD, "2026-10-01", "1.05", "ECB"), rate(EUR_USD, "2026-10-30", "1.07", "ECB"),
                rate(EUR_USD, "2026-11-03", "1.08", "ECB"), rate(EUR_USD, "2026-12-01", "1.1", "ECB"),
                rate(EUR_JPY, "2026-09-30", "160", "ECB"), rate(CurrencyPair.of("EUR", "GBP"), "2026-11-03", "0.88", "ECB")));

        List<ExchangeRate> read = target.ratesFor(Set.of(EUR_USD, EUR_JPY, CurrencyPair.of("USD", "EUR")),
                new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")));

        assertEquals(List.of("EUR/JPY 2026-09-30", "EUR/USD 2026-10-30", "EUR/USD 2026-11-03"),
                read.stream().sorted(Comparator.comparing(ExchangeRate::day)).map(rate -> rate.pair() + " " + rate.day()).toList());
    }

    private static ExchangeRate rate(CurrencyPair pair, String day, String rate, String source) {
        return new ExchangeRate(pair, LocalDate.parse(day), new BigDecimal(rate), source);
    }
}

package io.github.ratecard.fx;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.Page;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** Converting many amounts reads the table once, for the pairs asked in both directions. */
public class StoredExchangeRatesTest {

    private final CountingStore store = new CountingStore(List.of(RateTableTest.rate("EUR", "USD", "2026-11-02", "1.15")));
    private final StoredExchangeRates target = new StoredExchangeRates(store);

    @Test
    public void manyAmounts_shouldBeConvertedWithOneRead() {
        RateTable table = target.tableFor(Set.of(CurrencyPair.of("USD", "EUR")), new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")));

        for (int day = 2; day <= 30; day++) {
            table.convert(Money.ofMinor(11500, "USD"), Currencies.of("EUR"), LocalDate.of(2026, 11, day));
        }

        assertEquals(1, store.reads);
        assertEquals(Set.of(CurrencyPair.of("USD", "EUR"), CurrencyPair.of("EUR", "USD")), store.pairsAsked);
    }

    @Test
    public void sameCurrency_shouldReadNothing() {
        target.convert(Money.ofMinor(100, "EUR"), Currencies.of("EUR"), LocalDate.parse("2026-11-02"));

        assertEquals(0, store.reads);
    }

    /** A store that only answers {@code ratesFor}, counting the calls. */
    private static final class CountingStore implements FxRateStore {

        private final List<ExchangeRate> rates;
        private int reads;
        private Set<CurrencyPair> pairsAsked;

        CountingStore(List<ExchangeRate> rates) {
            this.rates = rates;
        }

        @Override
        public List<ExchangeRate> ratesFor(Set<CurrencyPair> pairs, DateRange days) {
            reads++;
            pairsAsked = pairs;
            return new ArrayList<>(rates);
        }

        @Override
        public Page<ExchangeRate> rates(RateFilter filter, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ExchangeRate> rate(CurrencyPair pair, LocalDate day) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean put(ExchangeRate rate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int putAll(Collection<ExchangeRate> rates) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(CurrencyPair pair, LocalDate day) {
            throw new UnsupportedOperationException();
        }
    }
}

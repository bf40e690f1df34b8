package io.github.ratecard.fx;

import io.github.ratecard.domain.DateRange;
import java.util.LinkedHashSet;
import java.util.Set;

/** The exchange-rate table as the store keeps it: each pair asked is read in both directions. */
public final class StoredExchangeRates implements ExchangeRates {

    private final FxRateStore store;

    public StoredExchangeRates(FxRateStore store) {
        this.store = store;
    }

    @Override
    public RateTable tableFor(Set<CurrencyPair> pairs, DateRange days) {
        Set<CurrencyPair> both = new LinkedHashSet<>();
        for (CurrencyPair pair : pairs) {
            both.add(pair);
            both.add(pair.inverse());
        }
        return both.isEmpty() ? RateTable.empty() : new RateTable(store.ratesFor(both, days));
    }
}

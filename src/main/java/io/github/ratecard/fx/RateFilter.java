package io.github.ratecard.fx;

import io.github.ratecard.domain.DateRange;
import java.util.Currency;
import java.util.Optional;

/** Which entries a list shows: of one pair or of every pair with a currency (either may be null: all), on the days (null: all). */
public record RateFilter(CurrencyPair pair, Currency currency, DateRange days) {

    public static RateFilter all() {
        return new RateFilter(null, null, null);
    }

    public Optional<CurrencyPair> onePair() {
        return Optional.ofNullable(pair);
    }

    public Optional<Currency> withCurrency() {
        return Optional.ofNullable(currency);
    }

    public Optional<DateRange> onDays() {
        return Optional.ofNullable(days);
    }
}

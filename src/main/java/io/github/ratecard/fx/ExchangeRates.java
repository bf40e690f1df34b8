package io.github.ratecard.fx;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;

/**
 * The exchange-rate table as figures use it to show an amount in another currency (the base currency, mostly). Never
 * used to change what an invoice bills: an issued invoice keeps the rate frozen on it.
 */
public interface ExchangeRates {

    /**
     * Everything {@link RateTable#convert} needs for the pairs (in either direction) on the days: each pair's entries
     * within the days and its last entry before them. Read once, whatever the number of amounts converted with it.
     */
    RateTable tableFor(Set<CurrencyPair> pairs, DateRange days);

    /** One amount on one day; for many, load a {@link #tableFor table} once. */
    default Conversion convert(Money amount, Currency target, LocalDate day) {
        if (amount.currency().equals(target)) {
            return RateTable.empty().convert(amount, target, day);
        }
        return tableFor(Set.of(new CurrencyPair(amount.currency(), target)), new DateRange(day, day)).convert(amount, target, day);
    }
}

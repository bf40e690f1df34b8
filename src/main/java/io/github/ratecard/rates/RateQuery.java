package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * What to price: who worked, on which project, for which client account (absent when the work
 * has none), on which day. Bill rates apply only in the account's currency.
 */
public record RateQuery(String userKey, Long projectId, String accountKey, Currency accountCurrency, LocalDate day) {

    public RateQuery {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(day, "day");
        if ((accountKey == null) != (accountCurrency == null)) {
            throw new IllegalArgumentException("An account needs its currency, and a currency its account");
        }
    }
}

package io.github.ratecard.fx;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.money.Currencies;
import java.util.Currency;
import java.util.Objects;

/** Two different currencies, read "one {@code base} is worth rate × {@code quote}", e.g. EUR/USD. */
public record CurrencyPair(Currency base, Currency quote) {

    public CurrencyPair {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        InvalidInputException.require(!base.equals(quote), "quote", "A rate needs two different currencies, was " + base + " to " + quote);
    }

    /** The pair of two ISO-4217 codes, refusing an unknown one by its field ({@code base} or {@code quote}). */
    public static CurrencyPair of(String base, String quote) {
        return new CurrencyPair(currency(base, "base"), currency(quote, "quote"));
    }

    public CurrencyPair inverse() {
        return new CurrencyPair(quote, base);
    }

    /** {@code EUR/USD}. */
    public String key() {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }

    @Override
    public String toString() {
        return key();
    }

    static Currency currency(String code, String field) {
        String given = code == null ? "" : code.trim();
        InvalidInputException.require(!given.isEmpty(), field, field + " is required", Refusal.of(Refusal.Reason.REQUIRED));
        try {
            return Currencies.of(given);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}

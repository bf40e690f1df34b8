package io.github.ratecard.money;

import io.github.ratecard.domain.SearchQuery;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Looks up ISO-4217 currencies by code, with an error that says what was wrong. */
public final class Currencies {

    private Currencies() {
    }

    /** The currency for an upper-case ISO-4217 code such as {@code EUR}; rejects unknown codes and those without minor units. */
    public static Currency of(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Currency must be a three-letter ISO-4217 code, was: " + code);
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency: " + code, e);
        }
        MoneyRounding.fractionDigits(currency);
        return currency;
    }

    /**
     * The currencies Ratecard can hold whose code starts with the query or whose name, in English or in
     * {@code locale}, contains it ("eur" and "Euro" both find EUR), in the query's order.
     */
    public static List<Currency> search(SearchQuery query, Locale locale, int limit) {
        return Currency.getAvailableCurrencies().stream()
                .filter(currency -> currency.getDefaultFractionDigits() >= 0 && currency.getCurrencyCode().matches("[A-Z]{3}"))
                .filter(currency -> query.matches(currency.getCurrencyCode(), currency.getDisplayName(Locale.ENGLISH))
                        || query.matches(currency.getCurrencyCode(), currency.getDisplayName(locale)))
                .sorted(query.<Currency>order(Currency::getCurrencyCode, c -> c.getDisplayName(locale))
                        .thenComparing(Comparator.comparing(Currency::getCurrencyCode)))
                .limit(limit).toList();
    }
}

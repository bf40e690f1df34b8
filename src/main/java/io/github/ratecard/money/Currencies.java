package io.github.ratecard.money;

import java.util.Currency;

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
}

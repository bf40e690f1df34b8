package io.github.ratecard.money;

import java.util.Currency;

/** Thrown when amounts in two different currencies are combined. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("Cannot combine " + actual.getCurrencyCode() + " with " + expected.getCurrencyCode());
    }
}

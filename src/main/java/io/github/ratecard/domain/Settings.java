package io.github.ratecard.domain;

import java.util.Currency;

/** App-wide settings finance can change. */
public interface Settings {

    /** The one currency cost rates are kept in (default EUR). */
    Currency baseCurrency();

    void setBaseCurrency(Currency currency);
}

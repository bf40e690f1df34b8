package io.github.ratecard.insight.margin;

import io.github.ratecard.fx.ExchangeRate;
import java.time.YearMonth;
import java.util.Currency;

/**
 * How the report showed one bill currency's revenue of one month in the base currency, so that the report can say it:
 * at the exchange-rate table's rate of the month's last day, at the table's last earlier rate ({@code rate} names its
 * day and source), at the frozen rates of the invoices that invoiced all of it, or not at all.
 */
public record MarginConversion(Currency currency, YearMonth month, How how, ExchangeRate rate) {

    public enum How {
        RATE_OF_THE_DAY,
        EARLIER_RATE,
        FROZEN_RATE,
        NOT_CONVERTED
    }
}

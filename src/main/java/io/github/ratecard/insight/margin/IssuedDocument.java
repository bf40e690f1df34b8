package io.github.ratecard.insight.margin;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issued invoice (not voided) or credit note as the report reads it: the account, its currency,
 * the last day of the period it covers, the exchange rate finance froze (null for none) and the sum
 * of its work, adjustment and expense lines (negative on a credit note); the first day of its period.
 */
public record IssuedDocument(boolean creditNote, String accountKey, String currency, LocalDate lastDay, BigDecimal exchangeRate,
                             long workMinor, LocalDate firstDay) {

    /** A document of one month's period (that ends on {@code lastDay}). */
    public IssuedDocument(boolean creditNote, String accountKey, String currency, LocalDate lastDay, BigDecimal exchangeRate, long workMinor) {
        this(creditNote, accountKey, currency, lastDay, exchangeRate, workMinor, lastDay.withDayOfMonth(1));
    }
}

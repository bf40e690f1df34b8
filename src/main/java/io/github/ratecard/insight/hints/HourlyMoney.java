package io.github.ratecard.insight.hints;

import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.math.BigDecimal;
import java.util.Currency;

/** The few sums the rules share, each rounded once, half-up, to minor units. */
final class HourlyMoney {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private HourlyMoney() {
    }

    /** {@code minor} spent on {@code seconds}, per hour. */
    static Money perHour(long minor, long seconds, Currency currency) {
        BigDecimal major = BigDecimal.valueOf(minor).movePointLeft(MoneyRounding.fractionDigits(currency));
        return Money.ofMinor(MoneyRounding.toMinorUnits(major.multiply(SECONDS_PER_HOUR), BigDecimal.valueOf(seconds), currency), currency);
    }

    /** {@code seconds} of work at the rate of {@code minor} per {@code perSeconds}. */
    static Money valueOf(long seconds, long minor, long perSeconds, Currency currency) {
        BigDecimal major = BigDecimal.valueOf(minor).movePointLeft(MoneyRounding.fractionDigits(currency));
        return Money.ofMinor(MoneyRounding.toMinorUnits(major.multiply(BigDecimal.valueOf(seconds)), BigDecimal.valueOf(perSeconds), currency),
                currency);
    }

    /** {@code part / whole} as a percent with one decimal. */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, MoneyRounding.MODE);
    }
}

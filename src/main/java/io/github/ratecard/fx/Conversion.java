package io.github.ratecard.fx;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount shown in another currency on a day, and how: unchanged (same currency), at the rate of that day, at the
 * last earlier rate (whose day and source the figure must state), or not converted at all: never a zero in its place.
 * {@code rate} is the stored entry used (null when none was), {@code inverse} whether it was the opposite pair's.
 */
public record Conversion(Money amount, Currency target, LocalDate day, Outcome outcome, Money converted, ExchangeRate rate, boolean inverse) {

    /** How the amount came to be in the target currency, or why it did not. */
    public enum Outcome {
        SAME_CURRENCY,
        RATE_OF_THE_DAY,
        EARLIER_RATE,
        /** No rate of the pair on or before the day, in either direction. */
        NO_RATE,
        /** The converted amount would not fit the target currency's amounts. */
        OUT_OF_RANGE
    }

    public Conversion {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean isConverted() {
        return converted != null;
    }

    /** The amount in the target currency; empty when it was not converted. */
    public Optional<Money> result() {
        return Optional.ofNullable(converted);
    }

    /** The entry used, when one was. */
    public Optional<ExchangeRate> appliedRate() {
        return Optional.ofNullable(rate);
    }

    /** Whether the figure must say which earlier day's rate it used. */
    public boolean isEarlierRate() {
        return outcome == Outcome.EARLIER_RATE;
    }

    /**
     * The factor one unit of the amount's currency was multiplied by, to {@code decimals} places (half-up): the stored
     * rate itself, or for an inverse use 1 / rate, shown only; the conversion itself divides by the stored rate.
     */
    public Optional<BigDecimal> factor(int decimals) {
        if (rate == null) {
            return Optional.empty();
        }
        return Optional.of(inverse ? BigDecimal.ONE.divide(rate.rate(), decimals, RoundingMode.HALF_UP)
                : rate.rate().setScale(Math.max(decimals, rate.rate().scale()), RoundingMode.HALF_UP));
    }
}

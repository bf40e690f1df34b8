package io.github.ratecard.rates;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount per hour in a currency: positive, at most 4 decimal places, at most 1,000,000. */
public record HourlyRate(BigDecimal amount, Currency currency) {

    public static final int MAX_SCALE = InputLimits.HOURLY_RATE_DECIMALS;
    static final BigDecimal MAXIMUM = new BigDecimal(InputLimits.HOURLY_RATE);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000, 10_000};

    public HourlyRate {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        InvalidInputException.require(amount.signum() > 0, "amount", "The hourly rate must be positive, was " + amount.toPlainString());
        InvalidInputException.require(amount.stripTrailingZeros().scale() <= MAX_SCALE, "amount",
                "The hourly rate may have at most " + MAX_SCALE + " decimal places, was " + amount.toPlainString(), Refusal.of(Refusal.Reason.TOO_MANY_DECIMALS, MAX_SCALE));
        InvalidInputException.require(amount.compareTo(MAXIMUM) <= 0, "amount",
                "The hourly rate may be at most " + InputLimits.HOURLY_RATE + ", was " + amount.toPlainString(), Refusal.of(Refusal.Reason.AT_MOST, InputLimits.HOURLY_RATE));
        amount = amount.setScale(MAX_SCALE);
    }

    /** Parses a plain decimal such as {@code "45.50"} in the currency with ISO code {@code currencyCode}. */
    public static HourlyRate parse(String amount, String currencyCode) {
        InvalidInputException.require(amount != null && amount.trim().matches("[+-]?\\d{1,12}(\\.\\d+)?"), "amount",
                "The hourly rate must be a decimal number such as 45.50, was: " + amount, Refusal.of(Refusal.Reason.NOT_A_NUMBER, amount));
        Currency currency;
        try {
            currency = Currencies.of(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", e.getMessage());
        }
        return new HourlyRate(new BigDecimal(amount.trim()), currency);
    }

    /** Ten-thousandths of a currency unit, the exact stored form. */
    public long tenThousandths() {
        return amount.movePointRight(MAX_SCALE).longValueExact();
    }

    public static HourlyRate ofTenThousandths(long value, Currency currency) {
        return new HourlyRate(BigDecimal.valueOf(value, MAX_SCALE), currency);
    }

    /** The price of {@code seconds} of work at this rate, rounded once, half-up, to minor units. */
    public Money priceFor(long seconds) {
        int digits = MoneyRounding.fractionDigits(currency);
        if (seconds >= 0 && digits <= MAX_SCALE) {
            // exact in longs while the product fits: amount has scale 4, so minor = t * s / (3600 * 10^(4 - digits)), half-up
            long divisor = 3600 * POWERS_OF_TEN[MAX_SCALE - digits];
            try {
                long dividend = Math.multiplyExact(amount.unscaledValue().longValueExact(), seconds);
                return Money.ofMinor(Math.addExact(dividend, divisor / 2) / divisor, currency);
            } catch (ArithmeticException tooLarge) {
                // fall through to the exact decimal arithmetic
            }
        }
        BigDecimal exact = amount.multiply(BigDecimal.valueOf(seconds));
        return Money.ofMinor(MoneyRounding.toMinorUnits(exact, SECONDS_PER_HOUR, currency), currency);
    }

    /** For people and logs: {@code 45.5 EUR/h}. */
    public String display() {
        return amount.stripTrailingZeros().toPlainString() + " " + currency.getCurrencyCode() + "/h";
    }
}

package io.github.ratecard.fx;

import io.github.ratecard.domain.BusinessDates;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.PlainText;
import io.github.ratecard.domain.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the exchange-rate table: on {@code day}, one {@code pair.base()} was worth {@code rate} ×
 * {@code pair.quote()}, as {@code source} says (e.g. "ECB"; may be empty). The rate is above zero, at most
 * {@value InputLimits#FX_RATE_MAX}, with at most {@value InputLimits#EXCHANGE_RATE_DECIMALS} decimals; it is kept without
 * trailing zeros, so {@code 1.0800} and {@code 1.08} are the same rate.
 */
public record ExchangeRate(CurrencyPair pair, LocalDate day, BigDecimal rate, String source) {

    public static final BigDecimal MAX_RATE = new BigDecimal(InputLimits.FX_RATE_MAX);

    public ExchangeRate {
        Objects.requireNonNull(pair, "pair");
        BusinessDates.require(Objects.requireNonNull(day, "day"), "day");
        rate = checked(rate);
        source = source(source);
    }

    /** A rate's source as it is kept: trimmed, empty for none, at most {@value InputLimits#FX_SOURCE} characters. */
    public static String source(String text) {
        String source = text == null ? "" : PlainText.require(text.trim(), "source");
        InvalidInputException.require(source.length() <= InputLimits.FX_SOURCE, "source",
                "A source may have at most " + InputLimits.FX_SOURCE + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.FX_SOURCE));
        return source;
    }

    /** Parses a plain decimal such as {@code 1.0825} (no exponent, no grouping), refusing it by the field {@code rate}. */
    public static BigDecimal parseRate(String text) {
        String given = text == null ? "" : text.trim();
        InvalidInputException.require(!given.isEmpty(), "rate", "rate is required", Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(given.matches("\\d{1,7}(\\.\\d{1,20})?"), "rate",
                "rate must be a decimal number above zero such as 1.0825, was: " + given, Refusal.of(Refusal.Reason.NOT_A_NUMBER, given));
        return checked(new BigDecimal(given));
    }

    private static BigDecimal checked(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        BigDecimal plain = rate.stripTrailingZeros();
        InvalidInputException.require(plain.signum() > 0 && plain.compareTo(MAX_RATE) <= 0, "rate",
                "rate must be above zero and at most " + InputLimits.FX_RATE_MAX + ", was: " + rate.toPlainString(),
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, "0", InputLimits.FX_RATE_MAX));
        InvalidInputException.require(plain.scale() <= InputLimits.EXCHANGE_RATE_DECIMALS, "rate",
                "rate may have at most " + InputLimits.EXCHANGE_RATE_DECIMALS + " decimals, was: " + rate.toPlainString(),
                Refusal.of(Refusal.Reason.TOO_MANY_DECIMALS, InputLimits.EXCHANGE_RATE_DECIMALS));
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}

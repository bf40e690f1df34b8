package io.github.ratecard.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one place where amounts are rounded to a currency's minor units.
 * Every priced worklog, invoice line and tax amount goes through here.
 */
public final class MoneyRounding {

    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    private MoneyRounding() {
    }

    /** Rounds {@code amount} (in major units, e.g. euros) half-up to whole minor units (cents). */
    public static long toMinorUnits(BigDecimal amount, Currency currency) {
        BigDecimal scaled = amount.setScale(fractionDigits(currency), MODE).movePointRight(fractionDigits(currency));
        try {
            return scaled.longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Amount " + amount.toPlainString() + " " + currency + " is too large");
        }
    }

    /**
     * Rounds {@code dividend / divisor} (in major units) half-up to whole minor units, in one step,
     * so a quotient that does not terminate (a price for 1/3 of an hour) is rounded only once.
     */
    public static long toMinorUnits(BigDecimal dividend, BigDecimal divisor, Currency currency) {
        BigDecimal quotient = dividend.divide(divisor, fractionDigits(currency), MODE);
        return toMinorUnits(quotient, currency);
    }

    /** The number of minor-unit digits of {@code currency}: 0 for JPY, 2 for EUR, 3 for BHD. */
    public static int fractionDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("Currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
        }
        return digits;
    }
}

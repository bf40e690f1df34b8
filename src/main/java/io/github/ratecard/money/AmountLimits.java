package io.github.ratecard.money;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The business limits of every amount a person enters (budgets and their period amounts,
 * expenses, invoice lines of one's own), chosen so that no total the app computes can overflow
 * its {@code long} minor units:
 * <ul>
 * <li>one amount is at most one trillion (10^12) whole units of its currency, and at most 10^14
 *     minor units, which is the same for currencies with 0–2 decimals and 10^11 BHD or 10^10 CLF
 *     for those with 3 or 4;</li>
 * <li>the largest figure derived from one amount is a billable expense with the largest mark-up
 *     (1000 %): 1.1 × 10^15 minor units, so more than 8,000 of them are needed to reach
 *     {@link Long#MAX_VALUE} (about 9.2 × 10^18);</li>
 * <li>a project holds at most {@value InputLimits#EXPENSES_PER_PROJECT} expenses (its issues' included)
 *     and a draft invoice at most {@value InputLimits#MANUAL_LINES} lines of one's own, which keeps
 *     every sum of them below 5.5 × 10^18.</li>
 * </ul>
 * A budget of hours is at most {@value InputLimits#BUDGET_HOURS} hours (some 5,000 person-years, far inside a long of seconds). Hourly
 * rates have their own limit ({@value InputLimits#HOURLY_RATE} per hour, see {@code HourlyRate}); an invoice's
 * exchange rate is refused when it would put the invoice's total in the base currency beyond
 * the limit of one amount.
 */
public final class AmountLimits {

    public static final BigDecimal MAX_WHOLE_UNITS = new BigDecimal(InputLimits.AMOUNT);
    public static final long MAX_MINOR_UNITS = 100_000_000_000_000L;

    private AmountLimits() {
    }

    /** The largest amount, positive or negative, that may be entered in the currency. */
    public static BigDecimal maximum(Currency currency) {
        BigDecimal byMinorUnits = BigDecimal.valueOf(MAX_MINOR_UNITS, MoneyRounding.fractionDigits(currency));
        return MAX_WHOLE_UNITS.min(byMinorUnits).setScale(MoneyRounding.fractionDigits(currency));
    }

    public static boolean isWithin(BigDecimal amount, Currency currency) {
        return amount.abs().compareTo(maximum(currency)) <= 0;
    }

    /** Refuses an amount (in whole units, e.g. euros) beyond the limit, naming {@code field}. */
    public static void require(BigDecimal amount, Currency currency, String field) {
        InvalidInputException.require(isWithin(amount, currency), field, field + " may be at most " + maximum(currency).toPlainString()
                + " " + currency.getCurrencyCode() + ", was: " + amount.toPlainString(),
                Refusal.of(Refusal.Reason.AT_MOST, maximum(currency).toPlainString() + " " + currency.getCurrencyCode()));
    }

    public static Money require(Money amount, String field) {
        require(amount.toDecimal(), amount.currency(), field);
        return amount;
    }
}

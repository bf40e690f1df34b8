package io.github.ratecard.money;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.Test;

/** The limits of an entered amount, per currency, and why no sum of limited amounts can overflow. */
public class AmountLimitsTest {

    @Test
    public void maximum_shouldBeOneTrillionWholeUnitsOrTenToTheFourteenMinorUnits() {
        assertEquals(new BigDecimal("1000000000000"), AmountLimits.maximum(Currency.getInstance("JPY")));
        assertEquals(new BigDecimal("1000000000000.00"), AmountLimits.maximum(Currency.getInstance("EUR")));
        assertEquals(new BigDecimal("100000000000.000"), AmountLimits.maximum(Currency.getInstance("BHD")));
        assertEquals(new BigDecimal("10000000000.0000"), AmountLimits.maximum(Currency.getInstance("CLF")));
    }

    @Test
    public void amountAtTheLimit_shouldBeAccepted() {
        AmountLimits.require(new BigDecimal("1000000000000.00"), Currency.getInstance("EUR"), "amount");
        AmountLimits.require(new BigDecimal("-1000000000000.00"), Currency.getInstance("EUR"), "amount");
    }

    @Test
    public void amountAboveTheLimit_shouldBeRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AmountLimits.require(new BigDecimal("1000000000000.01"), Currency.getInstance("EUR"), "amount"));

        assertEquals("amount", refused.field());
        assertEquals("amount may be at most 1000000000000.00 EUR, was: 1000000000000.01", refused.getMessage());
    }

    @Test
    public void sumOfTheMostExpensesAProjectMayHoldAtTheLimit_shouldFitALong() {
        Money largestBilled = Money.ofMinor(AmountLimits.MAX_MINOR_UNITS, "EUR").times(new BigDecimal("11"));

        Money sum = largestBilled;
        for (int i = 1; i < InputLimits.EXPENSES_PER_PROJECT; i++) {
            sum = sum.plus(largestBilled);
        }

        assertEquals(5_500_000_000_000_000_000L, sum.minorUnits());
    }

    @Test
    public void maximumOfEveryCurrency_shouldStayWithinTheMinorUnitLimit() {
        for (Currency currency : Currency.getAvailableCurrencies()) {
            int digits = currency.getDefaultFractionDigits();
            if (digits >= 0) {
                assertEquals(true, AmountLimits.maximum(currency).movePointRight(digits).longValueExact() <= AmountLimits.MAX_MINOR_UNITS);
            }
        }
    }
}

package io.github.ratecard.rates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import org.junit.Test;

public class HourlyRateTest {

    @Test
    public void parse_shouldKeepFourDecimalPlaces() {
        assertEquals(455_025, HourlyRate.parse("45.5025", "EUR").tenThousandths());
    }

    @Test
    public void parse_shouldRejectZeroNegativeTooPreciseOrTooLarge() {
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> HourlyRate.parse("0", "EUR")).field());
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> HourlyRate.parse("-1", "EUR")).field());
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> HourlyRate.parse("1.00001", "EUR")).field());
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> HourlyRate.parse("1000000.0001", "EUR")).field());
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> HourlyRate.parse("1e3", "EUR")).field());
        HourlyRate.parse("1000000", "EUR");
    }

    @Test
    public void parse_shouldRejectAnUnknownCurrencyNamingTheField() {
        assertEquals("currency", assertThrows(InvalidInputException.class, () -> HourlyRate.parse("10", "EURO")).field());
        assertEquals("currency", assertThrows(InvalidInputException.class, () -> HourlyRate.parse("10", "XXY")).field());
    }

    @Test
    public void priceFor_shouldMultiplyHoursByRateAndRoundOnce() {
        // 20 minutes at 10.00 = 3.3333… → 3.33
        assertEquals(Money.parse("3.33", "EUR"), HourlyRate.parse("10", "EUR").priceFor(1200));
        // 7.5 minutes at 45.50 = 5.6875 → 5.69
        assertEquals(Money.parse("5.69", "EUR"), HourlyRate.parse("45.50", "EUR").priceFor(450));
        // 1 hour at 0.0050 = 0.005 → 0.01 (half up)
        assertEquals(Money.parse("0.01", "EUR"), HourlyRate.parse("0.005", "EUR").priceFor(3600));
        // yen have no minor unit: 30 minutes at 5001 JPY = 2500.5 → 2501
        assertEquals(Money.parse("2501", "JPY"), HourlyRate.parse("5001", "JPY").priceFor(1800));
    }

    @Test
    public void priceFor_shouldBeExactForLargeVolumes() {
        // 10,000 hours at 999,999.9999 EUR/h
        assertEquals(Money.parse("9999999999.00", "EUR"), HourlyRate.parse("999999.9999", "EUR").priceFor(36_000_000));
    }

    @Test
    public void priceFor_shouldAgreeWithExactDecimalArithmeticForAnyRateAndDuration() {
        java.util.Random random = new java.util.Random(5);
        for (String code : new String[] {"EUR", "JPY", "BHD"}) {
            java.util.Currency currency = java.util.Currency.getInstance(code);
            for (int i = 0; i < 20_000; i++) {
                java.math.BigDecimal amount = java.math.BigDecimal.valueOf(1 + (long) (random.nextDouble() * 10_000_000_000L), 4);
                long seconds = random.nextInt(5) == 0 ? random.nextInt(60) : (long) (random.nextDouble() * 40_000_000L);
                long expected = io.github.ratecard.money.MoneyRounding.toMinorUnits(amount.multiply(java.math.BigDecimal.valueOf(seconds)),
                        java.math.BigDecimal.valueOf(3600), currency);
                assertEquals(amount + " x " + seconds + " s", expected, new HourlyRate(amount, currency).priceFor(seconds).minorUnits());
            }
        }
    }
}

package io.github.ratecard.fx;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.Test;

/** What an entry of the table may hold. */
public class ExchangeRateTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-30");

    @Test
    public void rate_shouldBeKeptWithoutTrailingZeros() {
        assertEquals("1.08", entry("1.0800").rate().toPlainString());
        assertEquals("150", entry("150.00").rate().toPlainString());
    }

    @Test
    public void zeroRate_shouldBeRefused() {
        assertEquals("rate", assertThrows(InvalidInputException.class, () -> entry("0")).field());
    }

    @Test
    public void rateWithElevenDecimals_shouldBeRefused() {
        assertEquals("rate", assertThrows(InvalidInputException.class, () -> entry("0.00000000001")).field());
    }

    @Test
    public void rateAboveTheLargest_shouldBeRefused() {
        assertEquals("rate", assertThrows(InvalidInputException.class, () -> entry("1000000.0000000001")).field());
    }

    @Test
    public void rateWithAnExponent_shouldBeRefusedAsText() {
        assertEquals("rate", assertThrows(InvalidInputException.class, () -> ExchangeRate.parseRate("1E3")).field());
    }

    @Test
    public void sameCurrencyTwice_shouldBeRefused() {
        assertEquals("quote", assertThrows(InvalidInputException.class, () -> CurrencyPair.of("EUR", "EUR")).field());
    }

    @Test
    public void unknownCurrency_shouldBeRefusedByItsField() {
        assertEquals("base", assertThrows(InvalidInputException.class, () -> CurrencyPair.of("XYZ", "EUR")).field());
    }

    @Test
    public void sourceOfMoreThanAHundredCharacters_shouldBeRefused() {
        assertEquals("source", assertThrows(InvalidInputException.class,
                () -> new ExchangeRate(CurrencyPair.of("EUR", "USD"), DAY, BigDecimal.ONE, "x".repeat(101))).field());
    }

    private static ExchangeRate entry(String rate) {
        return new ExchangeRate(CurrencyPair.of("EUR", "USD"), DAY, new BigDecimal(rate), null);
    }
}

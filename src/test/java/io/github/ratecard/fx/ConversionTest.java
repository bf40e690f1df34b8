package io.github.ratecard.fx;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.money.Currencies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** What a conversion tells the figure that shows it. */
public class ConversionTest {

    private final RateTable table = new RateTable(List.of(RateTableTest.rate("EUR", "USD", "2026-11-27", "1.0825")));

    @Test
    public void earlierRate_shouldNameItsDayAndSource() {
        Conversion conversion = table.convert(RateTableTest.money("10.00 EUR"), Currencies.of("USD"), LocalDate.parse("2026-11-29"));

        assertTrue(conversion.isEarlierRate());
        assertEquals(LocalDate.parse("2026-11-27"), conversion.appliedRate().orElseThrow().day());
        assertEquals("ECB", conversion.appliedRate().orElseThrow().source());
    }

    @Test
    public void noRate_shouldGiveNoAmountRatherThanZero() {
        Conversion conversion = table.convert(RateTableTest.money("10.00 EUR"), Currencies.of("GBP"), LocalDate.parse("2026-11-29"));

        assertFalse(conversion.isConverted());
        assertTrue(conversion.result().isEmpty());
    }

    @Test
    public void inverseFactor_shouldBeOneOverTheRateRoundedForShowingOnly() {
        Conversion conversion = table.convert(RateTableTest.money("10.00 USD"), Currencies.of("EUR"), LocalDate.parse("2026-11-27"));

        assertEquals(new BigDecimal("0.923788"), conversion.factor(6).orElseThrow());
        assertEquals(RateTableTest.money("9.24 EUR"), conversion.result().orElseThrow());
    }

    @Test
    public void directFactor_shouldBeTheStoredRate() {
        Conversion conversion = table.convert(RateTableTest.money("10.00 EUR"), Currencies.of("USD"), LocalDate.parse("2026-11-27"));

        assertEquals(new BigDecimal("1.082500"), conversion.factor(6).orElseThrow());
    }
}

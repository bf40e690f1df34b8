package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.Test;

/** Plain fixed-point text agrees with BigDecimal's, with and without trailing zeros. */
public class PlainNumberTest {

    @Test
    public void plainNumbers_shouldMatchBigDecimal() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long unscaled = random.nextInt(3) == 0 ? random.nextInt(200) - 100 : random.nextLong() / 1000;
            int scale = random.nextInt(5);
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            assertEquals(value.toPlainString(), PlainNumber.of(unscaled, scale, false));
            assertEquals(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString(), PlainNumber.of(unscaled, scale, true));
        }
    }

    @Test
    public void hours_shouldRoundHalfUpToFourDecimals() {
        assertEquals("1", CsvInvoiceWriter.hours(3600));
        assertEquals("0.0003", CsvInvoiceWriter.hours(1));
        assertEquals("0.3333", CsvInvoiceWriter.hours(1200));
        assertEquals("-0.5", CsvInvoiceWriter.hours(-1800));
    }
}

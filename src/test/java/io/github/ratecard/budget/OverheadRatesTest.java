package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.Test;

/** Which overhead percentage applies to a project's labour on a day. */
public class OverheadRatesTest {

    private final OverheadRates target = new OverheadRates()
            .global(LocalDate.parse("2026-01-01"), new BigDecimal("20"))
            .global(LocalDate.parse("2026-07-01"), new BigDecimal("25"))
            .project("ACME", LocalDate.parse("2026-04-01"), new BigDecimal("12.5"));

    @Test
    public void globalRate_shouldApplyFromItsDayUntilTheNext() {
        assertEquals(new BigDecimal("20"), target.percentFor("GLX", LocalDate.parse("2026-06-30")));
        assertEquals(new BigDecimal("25"), target.percentFor("GLX", LocalDate.parse("2026-07-01")));
    }

    @Test
    public void projectRate_shouldWinFromItsDayOnAndTheGlobalOneBefore() {
        assertEquals(new BigDecimal("20"), target.percentFor("ACME", LocalDate.parse("2026-03-31")));
        assertEquals(new BigDecimal("12.5"), target.percentFor("ACME", LocalDate.parse("2026-08-01")));
    }

    @Test
    public void dayBeforeAnyRate_shouldHaveNoOverhead() {
        assertEquals(BigDecimal.ZERO, target.percentFor("ACME", LocalDate.parse("2025-12-31")));
    }
}

package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import org.junit.Test;

/** The rollup table's month numbers: read back as written for any year, in the order of the months. */
public class PeriodMonthsTest {

    @Test
    public void monthOfAnOrdinaryYear_shouldBeStoredAsYearTimesHundredPlusMonth() {
        assertEquals(202611, PeriodMonths.encode(YearMonth.of(2026, 11)));
        assertEquals(YearMonth.of(2026, 11), PeriodMonths.decode(202611));
    }

    @Test
    public void monthBeforeYearOne_shouldBeReadBackAsWritten() {
        assertEquals(-94, PeriodMonths.encode(YearMonth.of(-1, 6)));
        assertEquals(YearMonth.of(-1, 6), PeriodMonths.decode(-94));
        assertEquals(YearMonth.of(0, 12), PeriodMonths.decode(PeriodMonths.encode(YearMonth.of(0, 12))));
        assertEquals(YearMonth.of(-2026, 1), PeriodMonths.decode(PeriodMonths.encode(YearMonth.of(-2026, 1))));
    }

    @Test
    public void monthNumbers_shouldSortAsTheMonths() {
        YearMonth[] months = {YearMonth.of(-2, 12), YearMonth.of(-1, 1), YearMonth.of(-1, 12), YearMonth.of(0, 1), YearMonth.of(1, 1),
                YearMonth.of(2026, 12), YearMonth.of(2027, 1)};
        for (int i = 1; i < months.length; i++) {
            assertTrue(months[i] + " after " + months[i - 1], PeriodMonths.encode(months[i]) > PeriodMonths.encode(months[i - 1]));
        }
    }

    @Test
    public void monthBeyondTheColumn_shouldBeRefusedRatherThanWrapped() {
        assertThrows(ArithmeticException.class, () -> PeriodMonths.encode(YearMonth.of(30_000_000, 1)));
        assertThrows(ArithmeticException.class, () -> PeriodMonths.encode(YearMonth.of(-30_000_000, 1)));
    }

    @Test
    public void boundBeyondTheColumn_shouldLieBeyondEveryStoredMonth() {
        assertEquals(Integer.MAX_VALUE, PeriodMonths.bound(YearMonth.of(30_000_000, 1)));
        assertEquals(Integer.MIN_VALUE, PeriodMonths.bound(YearMonth.of(-30_000_000, 1)));
        assertEquals(202611, PeriodMonths.bound(YearMonth.of(2026, 11)));
    }
}

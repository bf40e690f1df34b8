package io.github.ratecard.approval;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

/** A day is closed for a project when its month is closed for every project or for that project. */
public class ClosedMonthsTest {

    private static final ClosedMonths CLOSED = new ClosedMonths(List.of(
            new ClosedMonths.ClosedMonth(CloseScope.GLOBAL, YearMonth.of(2026, 4)),
            new ClosedMonths.ClosedMonth(CloseScope.project(10), YearMonth.of(2026, 5))));

    @Test
    public void monthClosedGlobally_shouldBeClosedForEveryProject() {
        assertTrue(CLOSED.isClosed(10, LocalDate.parse("2026-04-01")));
        assertTrue(CLOSED.isClosed(99, LocalDate.parse("2026-04-30")));
    }

    @Test
    public void monthClosedForAProject_shouldBeClosedForThatProjectOnly() {
        assertTrue(CLOSED.isClosed(10, LocalDate.parse("2026-05-31")));
        assertFalse(CLOSED.isClosed(11, LocalDate.parse("2026-05-31")));
    }

    @Test
    public void dayAfterAClosedMonth_shouldBeOpen() {
        assertFalse(CLOSED.isClosed(10, LocalDate.parse("2026-06-01")));
    }

    @Test
    public void noClosedMonths_shouldCloseNoDay() {
        assertFalse(ClosedMonths.none().isClosed(10, LocalDate.parse("2026-04-01")));
    }
}

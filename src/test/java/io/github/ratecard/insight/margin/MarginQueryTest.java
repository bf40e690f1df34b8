package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.time.YearMonth;
import org.junit.Test;

public class MarginQueryTest {

    @Test
    public void twentyFourMonths_areAccepted() {
        assertEquals(YearMonth.of(2027, 12), MarginQuery.parse("2026-01", "2027-12", "month", null, null).to());
    }

    @Test
    public void twentyFiveMonths_areRefusedNamingTo() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> MarginQuery.parse("2026-01", "2028-01", "month", null, null));
        assertEquals("to", refused.field());
    }

    @Test
    public void byDefault_rowsAreAccounts() {
        assertEquals(MarginGrouping.ACCOUNT, MarginQuery.parse("2026-01", "2026-03", "", null, null).by());
    }

    @Test
    public void theTrendReadsTheThreeMonthsBeforeTheLast() {
        assertEquals(YearMonth.of(2026, 8), MarginQuery.parse("2026-11", "2026-11", "account", null, null).readFrom());
        assertEquals(YearMonth.of(2026, 1), MarginQuery.parse("2026-01", "2026-11", "account", null, null).readFrom());
    }

    @Test
    public void aMonthThatIsNoMonth_isRefusedNamingTheField() {
        assertEquals("from", assertThrows(InvalidInputException.class, () -> MarginQuery.parse("May", "2026-11", "account", null, null)).field());
    }

    @Test
    public void aMonthBeyondTheYearsOfTheAppsDates_isRefusedNamingTheField() {
        assertEquals("from", assertThrows(InvalidInputException.class,
                () -> MarginQuery.parse("+999999999-11", "+999999999-12", "account", null, null)).field());
    }

    @Test
    public void byEpic_threeMonthsAreAccepted() {
        assertEquals(YearMonth.of(2026, 3), MarginQuery.parse("2026-01", "2026-03", "epic", "WEB", null).to());
    }

    @Test
    public void byEpic_fourMonthsAreRefusedNamingTo() {
        assertEquals("to", assertThrows(InvalidInputException.class, () -> MarginQuery.parse("2026-01", "2026-04", "epic", "WEB", null)).field());
    }
}

package io.github.ratecard.approval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The period that holds a day, week (ISO, Monday first) or month, its last day, its length and its name. */
@RunWith(Parameterized.class)
public class TimesheetPeriodTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                            cadence, day,          first,        last,         days, label
            {"a Monday starts its week",                       "WEEK",  "2026-11-02", "2026-11-02", "2026-11-08", 7,   "2026-W45"},
            {"a Sunday ends the week that started on Monday",  "WEEK",  "2026-11-08", "2026-11-02", "2026-11-08", 7,   "2026-W45"},
            {"a week across two months is one period",         "WEEK",  "2026-12-01", "2026-11-30", "2026-12-06", 7,   "2026-W49"},
            {"a week across the new year has the ISO year of its Thursday", "WEEK", "2027-01-01", "2026-12-28", "2027-01-03", 7, "2026-W53"},
            {"the first ISO week may start in the old year",   "WEEK",  "2025-12-31", "2025-12-29", "2026-01-04", 7,   "2026-W01"},
            {"a month starts on its first",                    "MONTH", "2026-11-17", "2026-11-01", "2026-11-30", 30,  "2026-11"},
            {"February of a leap year has 29 days",            "MONTH", "2028-02-29", "2028-02-01", "2028-02-29", 29,  "2028-02"},
            {"December ends on the 31st",                      "MONTH", "2026-12-31", "2026-12-01", "2026-12-31", 31,  "2026-12"},
        });
    }

    private final Cadence cadence;
    private final LocalDate day;
    private final LocalDate first;
    private final LocalDate last;
    private final int days;
    private final String label;

    public TimesheetPeriodTest(String why, String cadence, String day, String first, String last, int days, String label) {
        this.cadence = Cadence.valueOf(cadence);
        this.day = LocalDate.parse(day);
        this.first = LocalDate.parse(first);
        this.last = LocalDate.parse(last);
        this.days = days;
        this.label = label;
    }

    @Test
    public void containing_shouldFindThePeriodOfTheDay() {
        TimesheetPeriod period = TimesheetPeriod.containing(cadence, day);

        assertEquals(first, period.first());
        assertEquals(last, period.last());
        assertEquals(label, period.label());
    }

    @Test
    public void days_shouldBeEveryDayFromFirstToLastInOrder() {
        TimesheetPeriod period = TimesheetPeriod.containing(cadence, day);

        assertEquals(days, period.days().size());
        assertEquals(first, period.days().get(0));
        assertEquals(last, period.days().get(days - 1));
        assertTrue(period.contains(day));
    }

    @Test
    public void next_shouldStartTheDayAfterTheLast() {
        assertEquals(last.plusDays(1), TimesheetPeriod.containing(cadence, day).next().first());
    }

    @Test
    public void endedBy_shouldBeTrueOnlyAfterTheLastDay() {
        TimesheetPeriod period = TimesheetPeriod.containing(cadence, day);

        assertFalse(period.endedBy(last));
        assertTrue(period.endedBy(last.plusDays(1)));
    }

    @Test
    public void periodNotStartingWhereItsCadenceStarts_shouldBeRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimesheetPeriod(cadence, first.plusDays(1)));
    }
}

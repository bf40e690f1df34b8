package io.github.ratecard.capacity.ical;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.capacity.CapacityLimits;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Public holidays from an .ics file: all-day events are read, anything else is refused with a reason. */
public class IcsHolidayReaderTest {

    @Test
    public void allDayEvents_shouldBecomeHolidaysOfTheCountry() {
        List<Holiday> holidays = IcsHolidayReader.read("DE", ics(
                event("DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261226", "SUMMARY:1. Weihnachtstag"),
                event("DTSTART;VALUE=DATE:20261003", "SUMMARY:Tag der Deutschen Einheit")));

        assertEquals(List.of(new Holiday("DE", LocalDate.parse("2026-10-03"), "Tag der Deutschen Einheit"),
                new Holiday("DE", LocalDate.parse("2026-12-25"), "1. Weihnachtstag")), holidays);
    }

    @Test
    public void allDayEventOverSeveralDays_shouldBeAHolidayOnEachDay() {
        List<Holiday> holidays = IcsHolidayReader.read("GB", ics(
                event("DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261227", "SUMMARY:Christmas")));

        assertEquals(List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26")), holidays.stream().map(Holiday::day).toList());
    }

    @Test
    public void eventWithATimeOfDay_shouldBeRefusedByName() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> IcsHolidayReader.read("DE", ics(
                event("DTSTART:20261003T090000Z", "DTEND:20261003T100000Z", "SUMMARY:Team meeting"))));

        assertEquals("file", refused.field());
        assertTrue(refused.getMessage(), refused.getMessage().contains("\"Team meeting\" has a time of day"));
    }

    @Test
    public void repeatingEvent_shouldBeRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> IcsHolidayReader.read("DE", ics(
                event("DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas"))));

        assertTrue(refused.getMessage(), refused.getMessage().contains("repeats"));
    }

    @Test
    public void toDo_shouldBeRefused() {
        String todo = "BEGIN:VTODO\r\nUID:t1@example.org\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:File taxes\r\nEND:VTODO\r\n";

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> IcsHolidayReader.read("DE", ics(todo)));

        assertTrue(refused.getMessage(), refused.getMessage().contains("VTODO"));
    }

    @Test
    public void textThatIsNoCalendar_shouldBeRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> IcsHolidayReader.read("DE", "date,name\n2026-10-03,Unity day\n".getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("Not an iCalendar file"));
    }

    @Test
    public void fileOverTheSizeLimit_shouldBeRefusedUnread() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> IcsHolidayReader.read("DE", new byte[CapacityLimits.ICS_BYTES + 1]));

        assertTrue(refused.getMessage(), refused.getMessage().contains("at most 512 KiB"));
    }

    @Test
    public void badCountry_shouldBeRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> IcsHolidayReader.read("Germany", ics(
                event("DTSTART;VALUE=DATE:20261003", "SUMMARY:Tag der Deutschen Einheit"))));

        assertEquals("country", refused.field());
    }

    static byte[] ics(String... events) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Holidays//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String event(String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + Math.abs(String.join("", lines).hashCode()) + "@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }
}

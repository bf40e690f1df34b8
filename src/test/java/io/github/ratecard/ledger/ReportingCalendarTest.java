package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.Test;

public class ReportingCalendarTest {

    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
            "Pacific/Chatham", "Asia/Tehran", "America/St_Johns");

    @Test
    public void everyQuarterHourOf2025To2027_shouldFallOnTheZonesOwnDate() {
        long first = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond();
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            ReportingCalendar calendar = ReportingCalendar.of(zone);
            for (long second = first; second < end; second += 900) {
                Instant instant = Instant.ofEpochSecond(second);
                assertEquals(id + " " + instant, instant.atZone(zone).toLocalDate(), calendar.dayOf(instant));
            }
        }
    }

    @Test
    public void secondsAroundEveryOffsetChange_shouldFallOnTheZonesOwnDate() {
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            ReportingCalendar calendar = ReportingCalendar.of(zone);
            Instant at = Instant.parse("1970-01-01T00:00:00Z");
            for (var change = zone.getRules().nextTransition(at); change != null && change.getInstant().isBefore(Instant.parse("2100-01-01T00:00:00Z"));
                    change = zone.getRules().nextTransition(change.getInstant())) {
                for (long delta = -2; delta <= 1; delta++) {
                    Instant instant = change.getInstant().plusSeconds(delta);
                    assertEquals(id + " " + instant, instant.atZone(zone).toLocalDate(), calendar.dayOf(instant));
                }
            }
        }
    }

    @Test
    public void instantsOutsideTheTable_shouldStillFallOnTheZonesOwnDate() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (String iso : List.of("1969-12-31T23:30:00Z", "1950-07-01T22:30:00Z", "2100-01-01T00:00:00Z", "2150-06-30T22:30:00Z")) {
            Instant instant = Instant.parse(iso);
            assertEquals(iso, instant.atZone(berlin).toLocalDate(), ReportingCalendar.of(berlin).dayOf(instant));
        }
    }
}

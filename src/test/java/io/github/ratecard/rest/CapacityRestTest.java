package io.github.ratecard.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The capacity calendar over HTTP on the demo story (Monday to Friday, 8 h, Germany by default): what finance enters
 * changes the hours a person is expected to work, on My timesheet too, and an .ics file is imported all or nothing.
 */
public class CapacityRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        rest.logWork("ACME-7", "agent05", "2026-11-02T09:00:00Z", 3600);
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void holidayAndHalfDayAbsence_shouldLowerTheExpectedHoursOnMyTimesheet() throws Exception {
        assertEquals(201, finance.post("capacity/holidays", "{\"country\":\"DE\",\"day\":\"2026-11-03\",\"name\":\"Test holiday\"}").status());
        assertEquals(201, finance.post("capacity/absences", "{\"userKey\":\"agent05\",\"firstDay\":\"2026-11-04\",\"halfDay\":true,\"reason\":\"Doctor\"}")
                .status());

        RestFixture.Reply page = rest.as("agent05").raw("GET", "/plugins/servlet/ratecard/timesheet?cadence=WEEK&day=2026-11-02", null);

        // Monday 8 h, Tuesday the holiday, Wednesday half of 8 h, Thursday and Friday 8 h each: 28 h instead of 40 h
        assertEquals(page.body(), 200, page.status());
        assertThat(page.body(), containsString("<td class=\"ratecard-money\">28 h</td>"));
        JsonNode week = rest.as("agent05").get("capacity/people/agent05?from=2026-11-02&to=2026-11-08").json();
        assertEquals("28", week.get("expectedHours").asText());
        assertEquals("0", week.get("days").get(1).get("hours").asText());
        assertEquals("4", week.get("days").get(2).get("hours").asText());
    }

    @Test
    public void anotherAgentsCapacity_shouldBeRefusedToAnAgent() throws Exception {
        RestFixture.Reply reply = rest.as("agent01").get("capacity/people/agent05?from=2026-11-02&to=2026-11-08");

        assertEquals(reply.body(), 403, reply.status());
    }

    @Test
    public void ownHours_shouldEndTheOpenEndedOnesTheDayBefore() throws Exception {
        assertEquals(201, finance.post("capacity/hours", "{\"userKey\":\"agent09\",\"hoursPerDay\":\"6\",\"validFrom\":\"2027-01-01\"}").status());

        RestFixture.Reply added = finance.post("capacity/hours", "{\"userKey\":\"agent09\",\"hoursPerDay\":\"7.5\",\"validFrom\":\"2027-03-01\"}");

        assertEquals(added.body(), 201, added.status());
        assertEquals("7.5", added.json().get("hoursPerDay").asText());
        JsonNode march = finance.get("capacity/people/agent09?from=2027-02-26&to=2027-03-01").json();
        assertEquals("6", march.get("days").get(0).get("hours").asText());
        assertEquals("7.5", march.get("days").get(3).get("hours").asText());
    }

    @Test
    public void icsFile_shouldBringItsAllDayEventsAsHolidays() throws Exception {
        RestFixture.Reply reply = finance.postWithType("capacity/holidays/import?country=IE", "text/calendar", calendar(
                "DTSTART;VALUE=DATE:20270317\r\nSUMMARY:St Patrick's Day", "DTSTART;VALUE=DATE:20270329\r\nSUMMARY:Easter Monday"));

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(2, reply.json().get("added").asInt());
        JsonNode holidays = finance.get("capacity/holidays?country=IE&year=2027").json();
        assertEquals(2, holidays.size());
        assertEquals("St Patrick's Day", holidays.get(0).get("name").asText());
    }

    @Test
    public void icsFileWithAMeeting_shouldBeRefusedAndChangeNothing() throws Exception {
        RestFixture.Reply reply = finance.postWithType("capacity/holidays/import?country=NL", "text/calendar", calendar(
                "DTSTART;VALUE=DATE:20270427\r\nSUMMARY:Koningsdag", "DTSTART:20270428T090000Z\r\nSUMMARY:Planning"));

        assertEquals(reply.body(), 400, reply.status());
        assertEquals("file", reply.field());
        assertEquals(0, finance.get("capacity/holidays?country=NL&year=2027").json().size());
    }

    @Test
    public void capacityPage_shouldListTheDemoCalendar() throws Exception {
        RestFixture.Reply page = finance.raw("GET", "/plugins/servlet/ratecard/capacity?year=2026", null);

        assertEquals(200, page.status());
        assertThat(page.body(), containsString("Tag der Deutschen Einheit"));
        assertThat(page.body(), containsString("Annual leave"));
        assertThat(page.body(), containsString("data-path=\"capacity/holidays/GB/2026-08-31\""));
    }

    private static String calendar(String... events) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ratecard//Test//EN\r\n");
        int uid = 0;
        for (String event : events) {
            ics.append("BEGIN:VEVENT\r\nUID:").append(++uid).append("@example.org\r\nDTSTAMP:20260101T000000Z\r\n").append(event).append("\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }
}

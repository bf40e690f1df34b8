package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Timesheets over HTTP: submitting one's own week with the ledger's hours, approving many with a refusal per timesheet, closing a month. */
public class ApprovalRestTest {

    private static final String WEEK = "{\"cadence\":\"WEEK\",\"day\":\"2026-11-04\"";

    private static RestFixture rest;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        rest.logWork("ACME-7", "agent07", "2026-11-03T09:00:00Z", 5400);
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void submittedWeek_shouldBeSubmittedWithTheLedgersHoursPerDay() throws Exception {
        RestFixture.Reply reply = rest.as("agent07").post("timesheets/mine/submit", WEEK + "}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("SUBMITTED", reply.json().get("state").asText());
        assertEquals("2026-11-02", reply.json().get("first").asText());
        assertEquals(5400, reply.json().get("secondsPerDay").get("2026-11-03").asLong());
        assertEquals(5400, reply.json().get("totalSeconds").asLong());
    }

    @Test
    public void approvingMany_shouldApproveWhatItMayAndReportEachRefusalWithItsKey() throws Exception {
        rest.logWork("ACME-7", "agent08", "2026-11-10T09:00:00Z", 3600);
        rest.as("agent08").post("timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-10\"}");

        JsonNode outcomes = rest.as("lead").post("approvals/approve", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-10\",\"users\":[\"agent08\",\"lead\"]}",
                "Accept-Language", "de").json();

        assertTrue(outcomes.get(0).get("done").asBoolean());
        assertEquals("APPROVED", outcomes.get(0).get("state").asText());
        assertFalse(outcomes.get(1).get("done").asBoolean());
        assertEquals(403, outcomes.get(1).get("status").asInt());
        assertEquals("ratecard.approval.refusal.ownTime", outcomes.get(1).get("key").asText());
        assertEquals("Niemand genehmigt, lehnt ab oder \u00f6ffnet die eigene Zeit wieder.", outcomes.get(1).get("message").asText());
    }

    @Test
    public void reopeningAnApprovedWeek_shouldLetItsUserSubmitItAgain() throws Exception {
        rest.logWork("ACME-7", "agent10", "2026-11-24T09:00:00Z", 3600);
        rest.as("agent10").post("timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-24\"}");
        rest.as("lead").post("approvals/approve", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-24\",\"users\":[\"agent10\"]}");

        RestFixture.Reply withoutReason = rest.as("finance").post("approvals/reopen", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-24\",\"users\":[\"agent10\"]}");
        JsonNode reopened = rest.as("finance").post("approvals/reopen",
                "{\"cadence\":\"WEEK\",\"day\":\"2026-11-24\",\"users\":[\"agent10\"],\"reason\":\"Client disputes Tuesday\"}").json();
        RestFixture.Reply resubmitted = rest.as("agent10").post("timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-24\"}");

        assertEquals(400, withoutReason.status());
        assertEquals("reason", withoutReason.field());
        assertEquals("REOPENED", reopened.get(0).get("state").asText());
        assertEquals("SUBMITTED", resubmitted.json().get("state").asText());
    }

    @Test
    public void approvalsList_shouldShowTheLeadTheTeamsTimesheetsOnly() throws Exception {
        rest.logWork("ACME-7", "agent09", "2026-11-17T09:00:00Z", 3600);
        rest.as("agent09").post("timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-17\"}");

        JsonNode forLead = rest.as("lead").get("approvals?cadence=WEEK&day=2026-11-17").json();
        JsonNode forAgent = rest.as("agent01").get("approvals?cadence=WEEK&day=2026-11-17").json();

        assertEquals(1, forLead.size());
        assertEquals("agent09", forLead.get(0).get("userKey").asText());
        assertEquals(3600, forLead.get(0).get("workedSeconds").asLong());
        assertEquals(0, forAgent.size());
    }

    @Test
    public void myTimesheetPage_shouldShowTheSignedInUsersOwnTimeOnlyWhateverTheQueryAsks() throws Exception {
        rest.logWork("ACME-7", "agent12", "2026-12-15T09:00:00Z", 3600);

        String own = rest.as("agent12").raw("GET", "/plugins/servlet/ratecard/timesheet?cadence=WEEK&day=2026-12-15", null).body();
        String other = rest.as("agent13").raw("GET", "/plugins/servlet/ratecard/timesheet?cadence=WEEK&day=2026-12-15&user=agent12", null).body();

        assertTrue(own.contains("data-issue=\"ACME-7\""));
        assertFalse(other.contains("ACME-7"));
        assertTrue(other.contains("id=\"ratecard-timesheet-none\""));
    }

    @Test
    public void timesheetPages_shouldAnswerABadPeriodWith400() throws Exception {
        assertEquals(400, rest.as("agent12").raw("GET", "/plugins/servlet/ratecard/timesheet?cadence=DAY", null).status());
        assertEquals(400, rest.as("lead").raw("GET", "/plugins/servlet/ratecard/approvals?day=2026-13-01", null).status());
        assertEquals(400, rest.as("finance").raw("GET", "/plugins/servlet/ratecard/periods?to=May", null).status());
    }

    @Test
    public void approvalsListWithUnsubmitted_shouldAddTheTeamsUnsubmittedTimesheetsAsOpen() throws Exception {
        rest.logWork("ACME-7", "agent11", "2026-12-08T09:00:00Z", 1800);

        JsonNode submittedOnly = rest.as("lead").get("approvals?cadence=WEEK&day=2026-12-08").json();
        JsonNode withUnsubmitted = rest.as("lead").get("approvals?cadence=WEEK&day=2026-12-08&unsubmitted=true").json();

        assertEquals(0, submittedOnly.size());
        assertEquals("agent11", withUnsubmitted.get(0).get("userKey").asText());
        assertEquals("OPEN", withUnsubmitted.get(0).get("state").asText());
        assertEquals(1800, withUnsubmitted.get(0).get("workedSeconds").asLong());
    }

    @Test
    public void closingAClosedMonth_shouldBeAConflictInTheAskersLanguage() throws Exception {
        rest.as("finance").post("periods/close", "{\"month\":\"2026-03\",\"projectKey\":\"ACME\"}");

        RestFixture.Reply reply = rest.as("finance").post("periods/close", "{\"month\":\"2026-03\",\"projectKey\":\"ACME\"}", "Accept-Language", "de");

        assertEquals(409, reply.status());
        assertEquals("Der Monat ist bereits abgeschlossen.", reply.json().get("message").asText());
        JsonNode months = rest.as("finance").get("periods?from=2026-03&to=2026-03&project=ACME").json();
        assertTrue(months.get(1).get("closed").asBoolean());
        assertEquals(0, months.get(1).get("pendingChanges").asLong());
    }
}

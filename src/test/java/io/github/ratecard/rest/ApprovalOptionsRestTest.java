package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** A project's approval options over HTTP, the billing report by approval state, and the pending changes it states; paged pending changes. */
public class ApprovalOptionsRestTest {

    private static RestFixture rest;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        rest.logWork("ACME-7", "agent07", "2026-09-08T09:00:00Z", 5400);
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void settingsWithTheApprovalOptions_shouldBeKept() throws Exception {
        RestFixture.Reply reply = rest.as("finance").put("projects/ACME/timesheet-settings",
                "{\"cadence\":\"WEEK\",\"autoSubmit\":false,\"draftsApprovedOnly\":true,\"reportFilter\":\"approved\"}");

        assertEquals(reply.body(), 200, reply.status());
        JsonNode read = rest.as("finance").get("projects/ACME/timesheet-settings").json();
        assertTrue(read.get("draftsApprovedOnly").asBoolean());
        assertEquals("approved", read.get("reportFilter").asText());
        rest.as("finance").put("projects/ACME/timesheet-settings", "{\"cadence\":\"WEEK\",\"autoSubmit\":false,\"draftsApprovedOnly\":false,"
                + "\"reportFilter\":\"all\"}");
    }

    @Test
    public void settingsWithoutTheApprovalOptions_shouldKeepThem() throws Exception {
        rest.as("finance").put("projects/ACME/timesheet-settings", "{\"cadence\":\"WEEK\",\"autoSubmit\":false,\"reportFilter\":\"submitted\"}");

        rest.as("finance").put("projects/ACME/timesheet-settings", "{\"cadence\":\"WEEK\",\"autoSubmit\":true}");

        assertEquals("submitted", rest.as("finance").get("projects/ACME/timesheet-settings").json().get("reportFilter").asText());
        rest.as("finance").put("projects/ACME/timesheet-settings", "{\"cadence\":\"WEEK\",\"autoSubmit\":false,\"reportFilter\":\"all\"}");
    }

    @Test
    public void unknownReportFilter_shouldBeRefusedNamingTheField() throws Exception {
        RestFixture.Reply reply = rest.as("finance").put("projects/ACME/timesheet-settings",
                "{\"cadence\":\"WEEK\",\"autoSubmit\":false,\"reportFilter\":\"signed\"}");

        assertEquals(400, reply.status());
        assertEquals("reportFilter", reply.field());
    }

    @Test
    public void billingReportOfApprovedTime_shouldLeaveTheUnsubmittedWeekOutAndStateThePendingChanges() throws Exception {
        JsonNode report = rest.as("finance").get("reports/billing?account=ACME&from=2026-09-01&to=2026-09-30&approval=approved").json();
        JsonNode all = rest.as("finance").get("reports/billing?account=ACME&from=2026-09-01&to=2026-09-30&approval=all").json();

        assertEquals(0, report.get("lines").size());
        assertEquals(5400, report.get("leftOutUnapproved").get("seconds").asLong());
        assertEquals(1, all.get("lines").size());
        assertEquals(0, all.get("pendingChanges").get("count").asLong());
        assertEquals("No pending changes of approved or closed time", all.get("pendingChanges").get("statement").asText());
    }

    @Test
    public void unknownApprovalState_shouldBeRefusedNamingTheField() throws Exception {
        RestFixture.Reply reply = rest.as("finance").get("reports/billing?account=ACME&from=2026-09-01&to=2026-09-30&approval=signed");

        assertEquals(400, reply.status());
        assertEquals("approval", reply.field());
    }

    @Test
    public void pendingChanges_shouldComeAsAPageWithItsTotal() throws Exception {
        JsonNode page = rest.as("finance").get("pending-changes?project=ACME&offset=0&limit=10").json();

        assertEquals("ACME", page.get("project").asText());
        assertEquals(10, page.get("limit").asInt());
        assertTrue(page.get("changes").isArray());
        assertEquals(page.get("total").asLong(), page.get("changes").size());
    }
}

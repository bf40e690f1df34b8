package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class LedgerRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        rest.logWork("ACME-7", "agent05", "2026-11-02T09:00:00Z", 3600);
        rest.logWork("ACME-7", "agent38", "2026-11-03T09:00:00Z", 1800);
        rest.logWork("ACME-8", "agent05", "2026-11-04T09:00:00Z", 7 * 60);
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void issueLedger_shouldListPricedWorklogsNewestFirst() throws Exception {
        JsonNode ledger = finance.get("issues/ACME-7/ledger").json();

        assertEquals(2, ledger.get("total").asLong());
        JsonNode newest = ledger.get("entries").get(0);
        assertEquals("agent38", newest.get("authorKey").asText());
        assertEquals("PRICED", newest.get("status").asText());
        JsonNode older = ledger.get("entries").get(1);
        assertEquals("58.00", older.get("bill").get("amount").asText());
        assertEquals("25.50", older.get("cost").get("amount").asText());
        assertEquals("ACME", older.get("accountKey").asText());
    }

    @Test
    public void issueLedger_shouldGiveEachEntryItsTimesheetsApprovalState() throws Exception {
        rest.logWork("ACME-10", "agent11", "2026-12-08T09:00:00Z", 3600);
        rest.logWork("ACME-10", "agent12", "2026-12-09T09:00:00Z", 3600);
        rest.as("agent11").post("timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2026-12-08\"}");
        rest.as("lead").post("approvals/approve", "{\"cadence\":\"WEEK\",\"day\":\"2026-12-08\",\"users\":[\"agent11\"]}");

        JsonNode entries = finance.get("issues/ACME-10/ledger").json().get("entries");

        assertEquals("agent12", entries.get(0).get("authorKey").asText());
        assertTrue(entries.get(0).get("timesheetState").isNull());
        assertEquals("APPROVED", entries.get(1).get("timesheetState").asText());
        assertFalse(entries.get(1).get("closedPeriod").asBoolean());
        assertFalse(entries.get(1).get("changedAfterApproval").asBoolean());
    }

    @Test
    public void issueLedger_shouldShowTimesheetStatesOnlyOfTheViewersOwnWorkWithoutViewCosts() throws Exception {
        rest.logWork("ACME-14", "agent21", "2026-12-14T09:00:00Z", 3600);
        rest.logWork("ACME-14", "agent05", "2026-12-15T09:00:00Z", 3600);
        rest.as("agent21").post("timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2026-12-14\"}");
        rest.as("agent05").post("timesheets/mine/submit", "{\"cadence\":\"WEEK\",\"day\":\"2026-12-14\"}");

        JsonNode entries = rest.as("agent05").get("issues/ACME-14/ledger").json().get("entries");

        assertEquals("agent05", entries.get(0).get("authorKey").asText());
        assertEquals("SUBMITTED", entries.get(0).get("timesheetState").asText());
        assertEquals("agent21", entries.get(1).get("authorKey").asText());
        assertTrue(entries.get(1).get("timesheetState").isNull());
    }

    @Test
    public void issueLedger_shouldNameAMissingCostRateOnlyToThoseWhoSeeCosts() throws Exception {
        assertEquals(201, finance.post("rates/bill", "{\"scope\":\"ACCOUNT\",\"accountKey\":\"ACME\",\"amount\":\"50\",\"currency\":\"EUR\","
                + "\"validFrom\":\"2025-01-01\",\"validTo\":\"2025-10-31\"}").status());
        rest.logWork("ACME-9", "agent05", "2025-06-02T09:00:00Z", 3600);

        JsonNode forAgent = rest.as("agent05").get("issues/ACME-9/ledger").json().get("entries").get(0);
        JsonNode forLead = rest.as("lead").get("issues/ACME-9/ledger").json().get("entries").get(0);

        assertEquals("PRICED", forAgent.get("status").asText());
        assertEquals("50.00", forAgent.get("bill").get("amount").asText());
        assertEquals("MISSING_COST_RATE", forLead.get("status").asText());
    }

    @Test
    public void issueLedger_shouldShowCostsOnlyWithViewCostsOrFinance() throws Exception {
        JsonNode forAgent = rest.as("agent05").get("issues/ACME-7/ledger").json().get("entries").get(1);
        assertEquals("58.00", forAgent.get("bill").get("amount").asText());
        assertTrue(forAgent.get("cost") == null || forAgent.get("cost").isNull());
        assertTrue(forAgent.get("costRateId") == null || forAgent.get("costRateId").isNull());
        assertEquals("25.50", rest.as("lead").get("issues/ACME-7/ledger").json().get("entries").get(1).get("cost").get("amount").asText());
    }

    @Test
    public void projectCosts_shouldNeedViewCostsOrFinance() throws Exception {
        assertEquals(200, rest.as("lead").get("projects/ACME/costs?from=2026-01&to=2026-11").status());
        assertEquals(403, rest.as("admin").get("projects/ACME/costs?from=2026-01&to=2026-11").status());
        assertEquals(403, rest.as("agent05").get("projects/ACME/costs?from=2026-01&to=2026-11").status());
    }

    @Test
    public void issueLedger_shouldNeedASignedInUserAndAnExistingIssue() throws Exception {
        assertEquals(401, rest.anonymous().get("issues/ACME-7/ledger").status());
        assertEquals(404, finance.get("issues/NOPE-1/ledger").status());
        assertEquals(401, rest.anonymous().get("issues/NOPE-1/ledger").status());
        assertEquals(401, rest.anonymous().get("projects/NOPE/costs?from=2026-01&to=2026-02").status());
        assertEquals("limit", finance.get("issues/ACME-7/ledger?limit=0").field());
    }

    @Test
    public void projectCosts_shouldBreakDownByUserWithTotalsThatAddUp() throws Exception {
        JsonNode costs = finance.get("projects/ACME/costs?from=2026-11&to=2026-11&groupBy=user").json();

        JsonNode lines = costs.get("lines");
        assertEquals(2, lines.size());
        assertEquals("agent05", lines.get(0).get("group").asText());
        // agent05: 60 min + 7 min (billed 15) at 58.00; cost 67 min at 25.50
        assertEquals(75 * 60, lines.get(0).get("billedSeconds").asLong());
        assertEquals("72.50", lines.get(0).get("bill").get(0).get("amount").asText());
        long workedTotal = lines.get(0).get("workedSeconds").asLong() + lines.get(1).get("workedSeconds").asLong();
        assertEquals(workedTotal, costs.get("total").get("workedSeconds").asLong());
        assertEquals(3, costs.get("total").get("entries").asLong());
    }

    @Test
    public void projectCosts_shouldGroupByAccountAndMonth() throws Exception {
        assertEquals("ACME", finance.get("projects/ACME/costs?from=2026-01&to=2026-12&groupBy=account").json()
                .get("lines").get(0).get("group").asText());
        assertEquals("2026-11", finance.get("projects/ACME/costs?from=2026-01&to=2026-12&groupBy=month").json()
                .get("lines").get(0).get("group").asText());
    }

    @Test
    public void projectCosts_shouldRejectBadRangesAndGroupings() throws Exception {
        assertEquals("from", finance.get("projects/ACME/costs?from=Nov&to=2026-11").field());
        assertEquals("to", finance.get("projects/ACME/costs?from=2026-11&to=2026-01").field());
        assertEquals("groupBy", finance.get("projects/ACME/costs?from=2026-01&to=2026-11&groupBy=weather").field());
        assertEquals(403, rest.as("agent01").get("projects/ACME/costs?from=2026-01&to=2026-11").status());
    }

    @Test
    public void health_shouldCountEntriesByStatusForFinanceAndAdmins() throws Exception {
        JsonNode health = finance.get("admin/health").json();

        assertTrue(health.get("entriesByStatus").get("PRICED").asLong() >= 3);
        assertTrue(health.get("eventsReceived").asLong() >= 3);
        assertEquals(0, health.get("eventsFailed").asLong());
        assertTrue(health.get("backgroundSteps").isArray());
        assertEquals(200, rest.as("admin").get("admin/health").status());
        assertEquals(403, rest.as("lead").get("admin/health").status());
    }

    @Test
    public void reportingZone_shouldBeASettingFinanceCanChange() throws Exception {
        assertEquals("Europe/Berlin", finance.get("settings").json().get("reportingZone").asText());
        assertEquals("reportingZone", finance.put("settings", "{\"reportingZone\":\"Mars/Olympus\"}").field());
        assertEquals("Asia/Tokyo", finance.put("settings", "{\"reportingZone\":\"Asia/Tokyo\"}").json().get("reportingZone").asText());
        assertTrue(finance.put("settings", "{\"reportingZone\":\"Europe/Berlin\"}").status() == 200);
    }
}

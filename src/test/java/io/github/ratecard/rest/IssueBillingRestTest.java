package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The issue's billing fields and worklog overrides over HTTP: who may change them, what they accept, what they re-price. */
public class IssueBillingRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller lead;
    private static long worklogId;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        lead = rest.as("lead");
        worklogId = rest.logWork("ACMEDEV-3", "agent05", "2026-11-02T09:00:00Z", 50 * 60);
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void billing_shouldSayWhereTheAccountComesFromAndOfferTheProjectsOpenAccounts() throws Exception {
        JsonNode billing = rest.as("agent01").get("issues/ACMEDEV-1/billing").json();

        assertEquals("ACME", billing.get("account").asText());
        assertEquals("project-default", billing.get("accountSource").asText());
        assertEquals("ACME", billing.get("accountOptions").get(0).get("key").asText());
        assertEquals("ACME_LABS", billing.get("accountOptions").get(1).get("key").asText());
    }

    @Test
    public void leadSettingTheAccountField_shouldRepriceTheIssuesWork() throws Exception {
        assertEquals(200, lead.raw("PUT", "/sandbox/api/issues/ACMEDEV-3/fields", "{\"account\":\"ACME_LABS\",\"billable\":\"billable\"}")
                .status());

        JsonNode billing = lead.get("issues/ACMEDEV-3/billing").json();
        assertEquals("ACME_LABS", billing.get("accountField").asText());
        assertEquals("Billable", billing.get("billableField").asText());
        assertEquals("issue-field", billing.get("accountSource").asText());
        JsonNode entry = lead.get("issues/ACMEDEV-3/ledger").json().get("entries").get(0);
        assertEquals("ACME_LABS", entry.get("accountKey").asText());
    }

    @Test
    public void accountOfAnotherProject_shouldBeAFieldError() throws Exception {
        RestFixture.Reply reply = lead.raw("PUT", "/sandbox/api/issues/ACMEDEV-2/fields", "{\"account\":\"GLOBEX\"}");

        assertEquals(400, reply.status());
        assertEquals("account", reply.field());
        assertTrue(reply.json().get("message").asText().contains("not linked"));
        assertTrue(lead.get("issues/ACMEDEV-2/billing").json().get("accountField").isNull());
    }

    @Test
    public void unknownAccountOrBillableValue_shouldBeAFieldError() throws Exception {
        assertEquals("account", lead.raw("PUT", "/sandbox/api/issues/ACMEDEV-2/fields", "{\"account\":\"NOPE\"}").field());
        assertEquals("billable", lead.raw("PUT", "/sandbox/api/issues/ACMEDEV-2/fields", "{\"billable\":\"sometimes\"}").field());
        RestFixture.Reply agent = rest.as("agent01").raw("PUT", "/sandbox/api/issues/ACMEDEV-2/fields", "{\"billable\":\"Billable\"}");
        assertEquals("billable", agent.field());
        assertTrue(agent.json().get("message").asText().contains("Manage budgets"));
        assertTrue(lead.get("issues/ACMEDEV-2/billing").json().get("billableField").isNull());
    }

    @Test
    public void override_shouldBillTheCorrectedTimeAndNameItsReason() throws Exception {
        JsonNode overridden = lead.put("worklogs/" + worklogId + "/override",
                "{\"billedSeconds\":1800,\"reason\":\"Half of it was training\"}").json();

        assertEquals("Half of it was training", overridden.get("override").get("reason").asText());
        assertEquals("lead", overridden.get("override").get("setBy").asText());
        assertEquals(1800, overridden.get("entry").get("billedSeconds").asLong());
        assertEquals(204, lead.delete("worklogs/" + worklogId + "/override").status());
        assertTrue(lead.get("worklogs/" + worklogId + "/override").json().get("override").isNull());
    }

    @Test
    public void override_shouldBeForManageBudgetsOrFinanceOnly() throws Exception {
        assertEquals(403, rest.as("agent05").put("worklogs/" + worklogId + "/override", "{\"billable\":false,\"reason\":\"mine\"}").status());
        assertEquals(404, lead.put("worklogs/987654/override", "{\"billable\":false,\"reason\":\"none\"}").status());
    }

    @Test
    public void mutations_shouldRefuseFormAndTextBodiesAndUnknownFields() throws Exception {
        assertEquals(415, lead.putWithType("worklogs/" + worklogId + "/override", "application/x-www-form-urlencoded", "reason=x").status());
        assertEquals(415, lead.putWithType("worklogs/" + worklogId + "/override", "text/plain", "{\"billable\":false,\"reason\":\"x\"}").status());
        RestFixture.Reply unknown = lead.put("worklogs/" + worklogId + "/override", "{\"billable\":false,\"reason\":\"x\",\"rate\":1}");
        assertEquals(400, unknown.status());
        assertEquals("rate", unknown.field());
    }
}

package io.github.ratecard.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The hints over HTTP: listing in the caller's words, dismissing with a reason, asking for a run, the weekly e-mail. */
public class HintRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    private static JsonNode rowOf(long id, String state) throws Exception {
        for (JsonNode row : finance.get("insights/hints?state=" + state).json().get("rows")) {
            if (row.get("id").asLong() == id) {
                return row;
            }
        }
        return null;
    }

    @Test
    public void openHint_shouldBeListedWithItsRuleAndProjects() throws Exception {
        long id = rest.sandbox().addHint("listed");

        JsonNode row = rowOf(id, "open");

        assertEquals("uninvoiced", row.get("rule").asText());
        assertEquals("Not invoiced", row.get("ruleName").asText());
        assertEquals("ACME", row.get("projectKeys").get(0).asText());
        assertTrue(row.get("atStake").isNull());
    }

    @Test
    public void dismissedHint_shouldMoveToTheDismissedWithItsReason() throws Exception {
        long id = rest.sandbox().addHint("dismissed");

        RestFixture.Reply reply = finance.post("insights/hints/" + id + "/dismiss", "{\"reason\":\"Invoiced by hand in October\"}");

        assertEquals(200, reply.status());
        assertEquals(null, rowOf(id, "open"));
        assertEquals("Invoiced by hand in October", rowOf(id, "dismissed").get("dismissal").get("reason").asText());
        assertEquals(409, finance.post("insights/hints/" + id + "/dismiss", "{\"reason\":\"Again\"}").status());
    }

    @Test
    public void csv_shouldListTheHintsInTheChosenLanguageWithFormulasNeutralised() throws Exception {
        long id = rest.sandbox().addHint("exported");
        finance.post("insights/hints/" + id + "/dismiss", "{\"reason\":\"=HYPERLINK(\\\"http://x\\\")\"}");

        RestFixture.Reply csv = finance.get("insights/hints?state=dismissed&format=csv&lang=de&separator=semicolon&decimal=comma");

        assertEquals(200, csv.status());
        assertThat(csv.body(), containsString("Regel;Status;Befund"));
        assertThat(csv.body(), containsString("Nicht fakturiert;Ausgeblendet;"));
        assertThat(csv.body(), containsString(";\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"));
    }

    @Test
    public void xlsx_shouldBeAWorkbookAndAnUnknownFormatRefused() throws Exception {
        RestFixture.Reply xlsx = finance.get("insights/hints?state=all&format=xlsx");

        assertEquals(200, xlsx.status());
        assertTrue(xlsx.body().startsWith("PK"));
        assertEquals("format", finance.get("insights/hints?format=pdf").field());
        assertEquals("decimal", finance.get("insights/hints?format=csv&decimal=comma").field());
    }

    @Test
    public void unknownState_shouldBeRefusedNamingTheState() throws Exception {
        RestFixture.Reply reply = finance.get("insights/hints?state=later");

        assertEquals(400, reply.status());
        assertEquals("state", reply.field());
    }

    @Test
    public void runRequest_shouldBeAcceptedAndWait() throws Exception {
        RestFixture.Reply reply = finance.post("insights/hints/run", "{}");

        assertEquals(202, reply.status());
        assertEquals("finance", reply.json().get("requestedBy").asText());
    }

    @Test
    public void digest_shouldBeSwitchedOnAndOffForTheCaller() throws Exception {
        assertTrue(finance.put("insights/hints/digest", "{\"subscribed\":true}").json().get("subscribed").asBoolean());
        assertTrue(finance.get("insights/hints/digest").json().get("subscribed").asBoolean());

        finance.put("insights/hints/digest", "{\"subscribed\":false}");

        assertEquals(false, finance.get("insights/hints/digest").json().get("subscribed").asBoolean());
    }
}

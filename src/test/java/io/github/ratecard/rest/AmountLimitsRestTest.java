package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Amounts over HTTP: one beyond the business limit is refused with 400 naming its field and
 * changes nothing, one exactly at the limit is taken, and the figures computed from the largest
 * amounts still answer.
 */
public class AmountLimitsRestTest {

    private static final String AT_THE_LIMIT = "1000000000000.00";

    private static RestFixture rest;
    private static RestFixture.Caller lead;
    private static RestFixture.Caller finance;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        lead = rest.as("lead");
        finance = rest.as("finance");
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void expenseOfFiftyQuadrillion_shouldBeRefusedAndTheBudgetStatusStillAnswer() throws Exception {
        String issue = issue();
        long budget = created(lead.post("budgets", budgetJson(issue, "1000")));

        RestFixture.Reply first = lead.post("expenses", expenseJson(issue, "50000000000000000"));
        RestFixture.Reply second = lead.post("expenses", expenseJson(issue, "50000000000000000"));

        assertEquals(first.body(), 400, first.status());
        assertEquals("amount", first.field());
        assertEquals("amount", second.field());
        assertEquals(0, lead.get("expenses?scopeKind=ISSUE&scopeKey=" + issue).json().size());
        assertEquals(200, lead.get("budgets/" + budget + "/status?asOf=2026-11-15").status());
    }

    @Test
    public void budgetOfLongMaxCents_shouldBeRefusedNamingTheAmount() throws Exception {
        String issue = issue();

        RestFixture.Reply reply = lead.post("budgets", budgetJson(issue, "92233720368547758.08"));

        assertEquals(reply.body(), 400, reply.status());
        assertEquals("amount", reply.field());
        assertEquals(0, lead.get("budgets?scopeKind=ISSUE&scopeKey=" + issue).json().size());
    }

    @Test
    public void budgetOfMoreHoursThanTheLimit_shouldBeRefusedNamingTheHours() throws Exception {
        String issue = issue();

        RestFixture.Reply tooMany = lead.post("budgets", "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"measure\":\"COST\","
                + "\"hours\":100000000000000000,\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}");
        RestFixture.Reply atTheLimit = lead.post("budgets", "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"measure\":\"COST\","
                + "\"hours\":10000000,\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}");

        assertEquals(tooMany.body(), 400, tooMany.status());
        assertEquals("hours", tooMany.field());
        assertEquals(200, lead.get("budgets/" + created(atTheLimit) + "/status?asOf=2026-11-15").status());
    }

    @Test
    public void manualInvoiceLineOfTenToTheTwentieth_shouldBeRefusedAndTheDraftUnchanged() throws Exception {
        JsonNode draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-02-01\",\"to\":\"2027-02-28\"}").json();
        long id = draft.get("id").asLong();

        RestFixture.Reply reply = finance.post("invoices/" + id + "/lines", "{\"text\":\"Setup\",\"amount\":\"100000000000000000000\"}");

        assertEquals(reply.body(), 400, reply.status());
        assertEquals("amount", reply.field());
        assertEquals(draft.get("lines"), finance.get("invoices/" + id).json().get("lines"));
    }

    @Test
    public void amountsExactlyAtTheLimit_shouldBeTakenAndAddUp() throws Exception {
        String issue = issue();
        long budget = created(lead.post("budgets", budgetJson(issue, AT_THE_LIMIT)));
        created(lead.post("expenses", expenseJson(issue, AT_THE_LIMIT)));
        created(lead.post("expenses", expenseJson(issue, AT_THE_LIMIT)));
        JsonNode draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-03-01\",\"to\":\"2027-03-31\"}").json();

        RestFixture.Reply status = lead.get("budgets/" + budget + "/status?asOf=2026-11-15");
        RestFixture.Reply line = finance.post("invoices/" + draft.get("id").asLong() + "/lines",
                "{\"text\":\"Largest discount\",\"amount\":\"-" + AT_THE_LIMIT + "\"}");

        assertEquals(status.body(), 200, status.status());
        assertEquals("2000000000000.00", status.json().get("money").get("actual").get("amount").asText());
        assertEquals(line.body(), 201, line.status());
    }

    @Test
    public void amountJustAboveTheLimit_shouldBeRefused() throws Exception {
        RestFixture.Reply reply = lead.post("expenses", expenseJson(issue(), "1000000000000.01"));

        assertEquals(400, reply.status());
        assertEquals("amount", reply.field());
        assertEquals("amount may be at most 1000000000000.00 EUR, was: 1000000000000.01", reply.json().get("message").asText());
    }

    private static String issue() throws Exception {
        RestFixture.Reply created = lead.raw("POST", "/sandbox/api/issues", "{\"project\":\"ACME\",\"summary\":\"Amount limits\","
                + "\"assignee\":\"agent05\",\"estimateSeconds\":0}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("key").asText();
    }

    private static String budgetJson(String issue, String amount) {
        return "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"measure\":\"COST\",\"amount\":\"" + amount
                + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}";
    }

    private static String expenseJson(String issue, String amount) {
        return "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"date\":\"2026-11-05\",\"category\":\"VENDOR\",\"amount\":\""
                + amount + "\"}";
    }

    private static long created(RestFixture.Reply reply) {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }
}

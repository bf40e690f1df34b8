package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Bodies naming what does not exist, or giving a value of the wrong JSON kind, over HTTP: each is
 * refused with 400 naming the field, and nothing is stored.
 */
public class BodyRefusalsRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;
    private static RestFixture.Caller lead;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        lead = rest.as("lead");
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void exclusionOfAnUnknownWorklog_shouldBeRefusedNamingWorklogIds() throws Exception {
        long draft = draft("ACME", "2027-04-01", "2027-04-30");

        RestFixture.Reply reply = finance.post("invoices/" + draft + "/exclusions", "{\"worklogIds\":[987654321]}");

        assertRefused(reply, "worklogIds");
        assertEquals(0, finance.get("invoices/" + draft + "/entries").json().get("excludedWorklogs").size());
    }

    @Test
    public void exclusionOfAnotherAccountsWorklog_shouldBeRefusedNamingWorklogIds() throws Exception {
        long globexWork = rest.logWork("GLX-1", "agent05", "2027-05-03T09:00:00Z", 3600);
        long draft = draft("ACME", "2027-05-01", "2027-05-31");

        RestFixture.Reply reply = finance.post("invoices/" + draft + "/exclusions", "{\"worklogIds\":[" + globexWork + "]}");

        assertRefused(reply, "worklogIds");
        assertEquals(0, finance.get("invoices/" + draft + "/entries").json().get("excludedWorklogs").size());
    }

    @Test
    public void exclusionOfAnUnknownExpense_shouldBeRefusedNamingExpenseIds() throws Exception {
        long draft = draft("ACME", "2027-06-01", "2027-06-30");

        RestFixture.Reply reply = finance.post("invoices/" + draft + "/exclusions", "{\"expenseIds\":[987654321]}");

        assertRefused(reply, "expenseIds");
    }

    @Test
    public void exclusionOfTheAccountsOwnWorklog_shouldStillBeTaken() throws Exception {
        long work = rest.logWork("ACME-15", "agent05", "2027-07-05T09:00:00Z", 3600);
        long draft = draft("ACME", "2027-07-01", "2027-07-31");

        RestFixture.Reply reply = finance.post("invoices/" + draft + "/exclusions", "{\"worklogIds\":[" + work + "]}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(work, finance.get("invoices/" + draft + "/entries").json().get("excludedWorklogs").get(0).asLong());
    }

    @Test
    public void budgetOwnedByAnUnknownUser_shouldBeRefusedNamingOwner() throws Exception {
        RestFixture.Reply reply = lead.post("budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"measure\":\"COST\",\"amount\":\"100\","
                + "\"from\":\"2031-01-01\",\"to\":\"2031-12-31\",\"owner\":\"ghost\"}");

        assertRefused(reply, "owner");
        assertEquals(0, ownedBy("ghost"));
    }

    @Test
    public void budgetOfAnUnknownProject_shouldBeRefusedNamingScopeKey() throws Exception {
        RestFixture.Reply reply = finance.post("budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"NOSUCH\",\"measure\":\"COST\","
                + "\"amount\":\"100\",\"from\":\"2031-01-01\",\"to\":\"2031-12-31\"}");

        assertRefused(reply, "scopeKey");
    }

    @Test
    public void expenseOfAnUnknownIssue_shouldBeRefusedNamingScopeKey() throws Exception {
        RestFixture.Reply reply = lead.post("expenses", "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"ACME-99999\",\"date\":\"2026-11-05\","
                + "\"category\":\"VENDOR\",\"amount\":\"10\"}");

        assertRefused(reply, "scopeKey");
    }

    @Test
    public void expenseInGold_shouldBeRefusedNamingCurrency() throws Exception {
        RestFixture.Reply reply = lead.post("expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"date\":\"2026-11-05\","
                + "\"category\":\"VENDOR\",\"amount\":\"10\",\"currency\":\"XAU\"}");

        assertRefused(reply, "currency");
        assertEquals(0, lead.get("expenses?scopeKind=PROJECT&scopeKey=ACME&from=2026-11-05&to=2026-11-05").json().size());
    }

    @Test
    public void accountBudgetInGold_shouldBeRefusedNamingCurrency() throws Exception {
        RestFixture.Reply reply = finance.post("budgets", "{\"scopeKind\":\"ACCOUNT\",\"scopeKey\":\"ACME\",\"measure\":\"BILLABLE\","
                + "\"amount\":\"100\",\"currency\":\"XAU\",\"from\":\"2031-01-01\",\"to\":\"2031-12-31\"}");

        assertRefused(reply, "currency");
        assertEquals(0, finance.get("budgets?scopeKind=ACCOUNT&scopeKey=ACME").json().size());
    }

    @Test
    public void levelNamedByAJsonNumber_shouldBeRefusedNamingName() throws Exception {
        int before = finance.get("levels").json().size();

        RestFixture.Reply reply = finance.post("levels", "{\"name\":42}");

        assertRefused(reply, "name");
        assertEquals(before, finance.get("levels").json().size());
    }

    @Test
    public void rateAmountGivenAsAJsonNumber_shouldBeRefusedNamingAmount() throws Exception {
        int before = finance.get("rates/bill?account=OLDCO").json().size();

        RestFixture.Reply reply = finance.post("rates/bill", "{\"scope\":\"ACCOUNT\",\"accountKey\":\"OLDCO\",\"amount\":61.5,\"currency\":\"EUR\","
                + "\"validFrom\":\"2031-01-01\"}");

        assertRefused(reply, "amount");
        assertEquals(before, finance.get("rates/bill?account=OLDCO").json().size());
    }

    private static long draft(String account, String from, String to) throws Exception {
        RestFixture.Reply created = finance.post("invoices", "{\"accountKey\":\"" + account + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static long ownedBy(String owner) throws Exception {
        long count = 0;
        for (JsonNode budget : lead.get("budgets?scopeKind=PROJECT&scopeKey=ACME").json()) {
            count += owner.equals(budget.path("owner").asText()) ? 1 : 0;
        }
        return count;
    }

    private static void assertRefused(RestFixture.Reply reply, String field) {
        assertEquals(reply.body(), 400, reply.status());
        assertEquals(reply.body(), field, reply.field());
    }
}

package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class RateRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        for (String key : new String[] {"RATES", "ROVER", "RBAD", "RCLOSED"}) {
            finance.post("accounts", "{\"key\":\"" + key + "\",\"name\":\"" + key + "\",\"currency\":\"EUR\",\"category\":\"BILLABLE\"}");
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    private static String billRate(String account, String amount, String from, String to) {
        return "{\"scope\":\"ACCOUNT\",\"accountKey\":\"" + account + "\",\"amount\":\"" + amount + "\",\"currency\":\"EUR\",\"validFrom\":\""
                + from + "\"" + (to == null ? "" : ",\"validTo\":\"" + to + "\"") + "}";
    }

    @Test
    public void rateFromNextMonth_shouldCloseThePreviousOneTheDayBefore() throws Exception {
        long first = finance.post("rates/bill", billRate("RATES", "60", "2026-01-01", null)).json().get("id").asLong();

        RestFixture.Reply next = finance.post("rates/bill", billRate("RATES", "65.50", "2026-12-01", null));

        assertEquals(201, next.status());
        assertEquals("2026-11-30", finance.get("rates/" + first).json().get("validTo").asText());
        JsonNode list = finance.get("rates/bill?account=RATES").json();
        assertEquals(2, list.size());
        assertEquals("65.5", list.get(1).get("amount").asText());
    }

    @Test
    public void overlappingRate_shouldBe400NamingTheConflictingRateAndChangeNothing() throws Exception {
        long existing = finance.post("rates/bill", billRate("ROVER", "60", "2026-01-01", "2026-06-30")).json().get("id").asLong();
        String before = finance.get("rates/bill?account=ROVER").body();

        RestFixture.Reply reply = finance.post("rates/bill", billRate("ROVER", "70", "2026-06-01", null));

        assertEquals(400, reply.status());
        assertEquals("validFrom", reply.field());
        assertTrue(reply.body(), reply.json().get("message").asText().contains("overlaps rate " + existing + " (60 EUR/h), valid 2026-01-01 – 2026-06-30"));
        assertEquals(before, finance.get("rates/bill?account=ROVER").body());
    }

    @Test
    public void badAmounts_shouldBe400NamingTheAmount() throws Exception {
        for (String amount : new String[] {"-5", "0", "12.34567", "1000001", "ten"}) {
            RestFixture.Reply reply = finance.post("rates/bill", billRate("RBAD", amount, "2026-01-01", null));
            assertEquals(amount, 400, reply.status());
            assertEquals(amount, "amount", reply.field());
        }
        assertEquals("[]", finance.get("rates/bill?account=RBAD").body());
    }

    @Test
    public void unknownReferencesInTheBody_shouldBe400() throws Exception {
        assertEquals("accountKey", finance.post("rates/bill", billRate("NOSUCH", "60", "2026-01-01", null)).field());
        assertEquals("projectKey", finance.post("rates/bill",
                "{\"scope\":\"PROJECT\",\"projectKey\":\"NOPE\",\"amount\":\"1\",\"currency\":\"EUR\",\"validFrom\":\"2026-01-01\"}").field());
        assertEquals("scope", finance.post("rates/bill",
                "{\"scope\":\"GLOBAL\",\"amount\":\"1\",\"currency\":\"EUR\",\"validFrom\":\"2026-01-01\"}").field());
        assertEquals("validFrom", finance.post("rates/bill", billRate("RBAD", "60", "01.01.2026", null)).field());
    }

    @Test
    public void costRate_shouldBeInTheBaseCurrencyAndHiddenFromLeads() throws Exception {
        RestFixture.Reply usd = finance.post("rates/cost", "{\"scope\":\"USER\",\"userKey\":\"agent07\",\"amount\":\"30\",\"currency\":\"USD\",\"validFrom\":\"2026-01-01\"}");
        RestFixture.Reply eur = finance.post("rates/cost", "{\"scope\":\"USER\",\"userKey\":\"agent07\",\"amount\":\"30\",\"currency\":\"EUR\",\"validFrom\":\"2026-01-01\"}");

        assertEquals("currency", usd.field());
        assertEquals(201, eur.status());
        assertEquals(403, rest.as("lead").get("rates/cost").status());
        assertEquals(403, rest.as("agent07").get("rates/cost?user=agent07").status());
        assertEquals(401, rest.anonymous().get("rates/cost").status());
    }

    @Test
    public void userRate_shouldNameTheUserAsJiraShowsThem() throws Exception {
        finance.post("rates/cost", "{\"scope\":\"USER\",\"userKey\":\"finance\",\"amount\":\"41\",\"currency\":\"EUR\",\"validFrom\":\"2026-01-01\"}");

        JsonNode rate = finance.get("rates/cost?scope=USER&user=finance").json().get(0);

        assertEquals("finance", rate.get("userKey").asText());
        assertEquals("Fiona Finance", rate.get("userName").asText());
    }

    @Test
    public void leads_shouldReadTheBillRatesOfTheirProjectOnly() throws Exception {
        finance.post("rates/bill", "{\"scope\":\"PROJECT\",\"projectKey\":\"GLX\",\"amount\":\"40\",\"currency\":\"EUR\",\"validFrom\":\"2026-01-01\"}");

        assertEquals(200, rest.as("lead").get("rates/bill?project=GLX").status());
        assertEquals(1, rest.as("lead").get("rates/bill?project=GLX").json().size());
        assertEquals(403, rest.as("lead").get("rates/bill").status());
        assertEquals(403, rest.as("agent01").get("rates/bill?project=GLX").status());
    }

    @Test
    public void closedAccount_shouldTakeNoNewRates() throws Exception {
        finance.put("accounts/RCLOSED", "{\"name\":\"RCLOSED\",\"currency\":\"EUR\",\"category\":\"BILLABLE\",\"status\":\"CLOSED\"}");

        RestFixture.Reply reply = finance.post("rates/bill", billRate("RCLOSED", "60", "2026-01-01", null));

        assertEquals(409, reply.status());
        assertEquals("accountKey", reply.field());
    }

    @Test
    public void changePeriodAndDelete_shouldWorkAndUnknownIdsBe404() throws Exception {
        long id = finance.post("rates/bill", "{\"scope\":\"PROJECT\",\"projectKey\":\"ACMEDEV\",\"amount\":\"40\",\"currency\":\"EUR\",\"validFrom\":\"2026-01-01\"}")
                .json().get("id").asLong();

        assertEquals("2026-02-01", finance.put("rates/" + id, "{\"validFrom\":\"2026-02-01\"}").json().get("validFrom").asText());
        assertEquals(204, finance.delete("rates/" + id).status());
        assertEquals(404, finance.get("rates/" + id).status());
        assertEquals(404, finance.delete("rates/" + id).status());
        assertEquals(404, finance.put("rates/999999", "{\"validFrom\":\"2026-02-01\"}").status());
    }

    @Test
    public void resolve_shouldSayWhichRuleWonOrWhatIsMissing() throws Exception {
        finance.post("accounts", "{\"key\":\"RESOLVE\",\"name\":\"Resolve\",\"currency\":\"EUR\",\"category\":\"BILLABLE\"}");
        finance.post("rates/bill", billRate("RESOLVE", "80", "2026-03-01", null));

        JsonNode found = finance.get("rates/resolve?user=agent02&account=RESOLVE&date=2026-03-01").json();
        JsonNode before = finance.get("rates/resolve?user=agent02&account=RESOLVE&date=2026-02-28").json();

        assertFalse(found.get("bill").get("missing").asBoolean());
        assertEquals("80", found.get("bill").get("amount").asText());
        assertEquals("account default since 2026-03-01", found.get("bill").get("description").asText());
        assertTrue(before.get("bill").get("missing").asBoolean());
        assertEquals(400, finance.get("rates/resolve?user=agent02&date=yesterday").status());
        assertEquals("account", finance.get("rates/resolve?user=agent02&account=NOSUCH&date=2026-03-01").field());
    }
}

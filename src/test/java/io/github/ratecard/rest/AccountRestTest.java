package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class AccountRestTest {

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

    private static String account(String key, String currency) {
        return "{\"key\":\"" + key + "\",\"name\":\"" + key + " Ltd\",\"customerName\":\"" + key + " Group\",\"currency\":\"" + currency
                + "\",\"category\":\"BILLABLE\",\"billedTime\":{\"incrementMinutes\":15,\"roundingMode\":\"UP\",\"minimumMinutes\":15},"
                + "\"taxRatePercent\":\"19\",\"invoicePrefix\":\"" + key + "-INV\"}";
    }

    @Test
    public void create_shouldAnswer201WithTheStoredAccount() throws Exception {
        RestFixture.Reply created = finance.post("accounts", account("HOOLI", "JPY"));

        assertEquals(201, created.status());
        JsonNode body = finance.get("accounts/HOOLI").json();
        assertEquals("JPY", body.get("currency").asText());
        assertEquals("19.00", body.get("taxRatePercent").asText());
        assertEquals(15, body.get("billedTime").get("minimumMinutes").asInt());
        assertEquals("OPEN", body.get("status").asText());
    }

    @Test
    public void accounts_shouldNeedTheFinancePermission() throws Exception {
        assertEquals(401, rest.anonymous().get("accounts").status());
        assertEquals(403, rest.as("agent01").get("accounts").status());
        assertEquals(403, rest.as("lead").post("accounts", account("LEADCO", "EUR")).status());
        assertEquals(404, finance.get("accounts/LEADCO").status());
    }

    @Test
    public void unknownCurrency_shouldBe400NamingTheFieldAndChangeNothing() throws Exception {
        long before = finance.get("accounts").json().get("total").asLong();

        RestFixture.Reply reply = finance.post("accounts", account("BADCUR", "EURO"));

        assertEquals(400, reply.status());
        assertEquals("currency", reply.field());
        assertEquals(before, finance.get("accounts").json().get("total").asLong());
    }

    @Test
    public void badKey_shouldBe400() throws Exception {
        RestFixture.Reply reply = finance.post("accounts", account("bad-key", "EUR"));

        assertEquals(400, reply.status());
        assertEquals("key", reply.field());
    }

    @Test
    public void duplicateKey_shouldBe409() throws Exception {
        finance.post("accounts", account("DUPE", "EUR"));

        RestFixture.Reply reply = finance.post("accounts", account("DUPE", "USD"));

        assertEquals(409, reply.status());
        assertEquals("EUR", finance.get("accounts/DUPE").json().get("currency").asText());
    }

    @Test
    public void formEncodedOrPlainTextBodies_shouldBeRefusedAndChangeNothing() throws Exception {
        assertEquals(415, finance.postWithType("accounts", "application/x-www-form-urlencoded", "key=FORMCO&name=x").status());
        assertEquals(415, finance.postWithType("accounts", "text/plain", account("TEXTCO", "EUR")).status());
        assertEquals(404, finance.get("accounts/FORMCO").status());
        assertEquals(404, finance.get("accounts/TEXTCO").status());
    }

    @Test
    public void unknownJsonField_shouldBe400NamingIt() throws Exception {
        RestFixture.Reply reply = finance.post("accounts", account("EXTRA", "EUR").replace("{\"key\"", "{\"discount\":\"99\",\"key\""));

        assertEquals(400, reply.status());
        assertEquals("discount", reply.field());
        assertEquals("Unknown field: discount", reply.json().get("message").asText());
        assertEquals(404, finance.get("accounts/EXTRA").status());
    }

    @Test
    public void malformedJson_shouldBe400() throws Exception {
        RestFixture.Reply reply = finance.post("accounts", "{\"key\": ");

        assertEquals(400, reply.status());
        assertEquals("body", reply.field());
    }

    @Test
    public void wrongKindOfValue_shouldBe400NamingTheField() throws Exception {
        RestFixture.Reply reply = finance.post("accounts", account("KINDS", "EUR").replace("\"incrementMinutes\":15", "\"incrementMinutes\":[1]"));

        assertEquals(400, reply.status());
        assertEquals("billedTime.incrementMinutes", reply.field());
    }

    @Test
    public void update_shouldChangeFieldsButNeverTheKey() throws Exception {
        finance.post("accounts", account("UPD", "EUR"));

        RestFixture.Reply renamed = finance.put("accounts/UPD", account("UPD", "EUR").replace("UPD Ltd", "Updated Ltd").replace("\"category\":\"BILLABLE\"", "\"category\":\"BILLABLE\",\"status\":\"CLOSED\""));
        RestFixture.Reply rekeyed = finance.put("accounts/UPD", account("OTHER", "EUR"));

        assertEquals(200, renamed.status());
        assertEquals("Updated Ltd", finance.get("accounts/UPD").json().get("name").asText());
        assertEquals("CLOSED", finance.get("accounts/UPD").json().get("status").asText());
        assertEquals(400, rekeyed.status());
        assertEquals("key", rekeyed.field());
    }

    @Test
    public void list_shouldFilterByStatusAndPage() throws Exception {
        finance.post("accounts", account("PAGEA", "EUR"));
        finance.post("accounts", account("PAGEB", "EUR"));

        JsonNode page = finance.get("accounts?status=OPEN&offset=0&limit=1").json();

        assertEquals(1, page.get("items").size());
        assertTrue(page.get("total").asLong() >= 2);
        assertEquals(400, finance.get("accounts?status=SLEEPING").status());
        assertEquals(400, finance.get("accounts?limit=0").status());
    }

    @Test
    public void projectLinks_shouldMakeTheFirstTheDefaultAndLetFinanceMoveIt() throws Exception {
        finance.post("accounts", account("LINKA", "EUR"));
        finance.post("accounts", account("LINKB", "EUR"));

        assertEquals(201, finance.post("projects/INI/accounts", "{\"accountKey\":\"LINKA\"}").status());
        assertEquals(201, finance.post("projects/INI/accounts", "{\"accountKey\":\"LINKB\",\"isDefault\":true}").status());
        assertEquals(409, finance.delete("projects/INI/accounts/LINKB").status());
        assertEquals(200, finance.put("projects/INI/accounts/LINKA/default", "").status());
        assertEquals(204, finance.delete("projects/INI/accounts/LINKB").status());

        JsonNode links = rest.as("lead").get("projects/INI/accounts").json();
        assertEquals(2, links.size());
        assertEquals("INITECH", links.get(0).get("accountKey").asText());
        assertEquals("LINKA", links.get(1).get("accountKey").asText());
        assertTrue(links.get(1).get("isDefault").asBoolean());
        assertFalse(links.get(0).get("isDefault").asBoolean());
    }

    @Test
    public void projectLinks_shouldRefuseUnknownAndClosedAccounts() throws Exception {
        finance.post("accounts", account("SHUT", "EUR").replace("\"category\":\"BILLABLE\"", "\"category\":\"BILLABLE\",\"status\":\"CLOSED\""));

        assertEquals("accountKey", finance.post("projects/OPS/accounts", "{\"accountKey\":\"NOSUCH\"}").field());
        assertEquals(409, finance.post("projects/OPS/accounts", "{\"accountKey\":\"SHUT\"}").status());
        assertEquals(404, finance.post("projects/NOPE/accounts", "{\"accountKey\":\"SHUT\"}").status());
        assertEquals(403, rest.as("agent01").get("projects/OPS/accounts").status());
    }
}

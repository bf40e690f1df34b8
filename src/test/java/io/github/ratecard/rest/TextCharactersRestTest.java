package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.export.InvoiceExportTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * A text a person enters holds no character XML 1.0 cannot (control characters other than tab
 * and line breaks, U+FFFE, U+FFFF, a surrogate without its pair): each one, sent as JSON escapes
 * as any JSON library sends it, is refused with 400 naming the field, and nothing is stored.
 */
@RunWith(Parameterized.class)
public class TextCharactersRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;
    private static long draft;

    @Parameterized.Parameter
    public String escaped;

    @Parameterized.Parameters(name = "{0}")
    public static List<String> characters() {
        return InvoiceExportTest.NOT_XML.stream().map(c -> String.format("\\u%04x", (int) c.charAt(0))).collect(Collectors.toList());
    }

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-04-01\",\"to\":\"2027-04-30\"}").json().get("id").asLong();
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void accountName_shouldBeRefused() throws Exception {
        int before = finance.get("accounts").json().get("total").asInt();

        refused(finance.post("accounts", "{\"key\":\"CTRL\",\"name\":\"Ctrl" + escaped + "Ltd\",\"customerName\":\"Ctrl\",\"currency\":\"EUR\","
                + "\"category\":\"BILLABLE\"}"), "name");

        assertEquals(before, finance.get("accounts").json().get("total").asInt());
    }

    @Test
    public void buyerStreet_shouldBeRefused() throws Exception {
        JsonNode before = finance.get("accounts/ACME/invoicing").json();

        refused(finance.put("accounts/ACME/invoicing", "{\"street\":\"1 rue" + escaped + "\",\"city\":\"Paris\",\"postalCode\":\"75002\","
                + "\"country\":\"FR\"}"), "street");

        assertEquals(before, finance.get("accounts/ACME/invoicing").json());
    }

    @Test
    public void manualInvoiceLine_shouldBeRefused() throws Exception {
        JsonNode before = finance.get("invoices/" + draft).json().get("lines");

        refused(finance.post("invoices/" + draft + "/lines", "{\"text\":\"Setup" + escaped + "fee\",\"amount\":\"10\"}"), "text");

        assertEquals(before, finance.get("invoices/" + draft).json().get("lines"));
    }

    @Test
    public void expenseDescription_shouldBeRefused() throws Exception {
        int before = finance.get("expenses?scopeKind=PROJECT&scopeKey=ACME").json().size();

        refused(finance.post("expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"date\":\"2026-11-05\",\"category\":\"VENDOR\","
                + "\"amount\":\"10\",\"description\":\"Taxi" + escaped + "\"}"), "description");

        assertEquals(before, finance.get("expenses?scopeKind=PROJECT&scopeKey=ACME").json().size());
    }

    @Test
    public void levelName_shouldBeRefused() throws Exception {
        int before = finance.get("levels").json().size();

        refused(finance.post("levels", "{\"name\":\"" + escaped + "Senior\"}"), "name");

        assertEquals(before, finance.get("levels").json().size());
    }

    @Test
    public void sellerName_shouldBeRefused() throws Exception {
        JsonNode before = finance.get("settings").json();

        refused(finance.put("settings", "{\"sellerName\":\"Ratecard" + escaped + "\"}"), "sellerName");

        assertEquals(before, finance.get("settings").json());
    }

    @Test
    public void textInAList_shouldBeRefusedNamingItsPlace() throws Exception {
        refused(finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-05-01\",\"to\":\"2027-05-31\",\"projectKeys\":[\"ACME\",\"GL"
                + escaped + "X\"]}"), "projectKeys[1]");
    }

    private static void refused(RestFixture.Reply reply, String field) throws Exception {
        assertEquals(reply.body(), 400, reply.status());
        assertEquals(field, reply.field());
        assertTrue(reply.body(), reply.json().get("message").asText().startsWith(field + " contains a character that is not allowed in a text"));
    }
}

package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** A refusal names the field by its API name and by its label, in the language the request asks for; without one, in the API's English. */
public class LocalisedErrorsRestTest {

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

    private static String account(String key, String name, String taxRate) {
        return "{\"key\":\"" + key + "\",\"name\":\"" + name + "\",\"currency\":\"EUR\",\"category\":\"BILLABLE\",\"taxRatePercent\":\"" + taxRate + "\"}";
    }

    @Test
    public void germanDecimalComma_shouldBeRefusedInGermanNamingTheLabel() throws Exception {
        JsonNode error = finance.post("accounts", account("DECO", "Deco", "7,5"), "Accept-Language", "de-DE,de;q=0.9").json();

        assertEquals("taxRatePercent", error.get("field").asText());
        assertEquals("Steuersatz (%)", error.get("label").asText());
        assertEquals("Steuersatz (%) muss eine Zahl sein, etwa 12,5; eingegeben: 7,5", error.get("message").asText());
    }

    @Test
    public void tooLongName_shouldSayTheLimitInGerman() throws Exception {
        JsonNode error = finance.post("accounts", account("LONGO", "x".repeat(101), "19"), "Accept-Language", "de").json();

        assertEquals("name", error.get("field").asText());
        assertEquals("Name darf h\u00f6chstens 100 Zeichen lang sein.", error.get("message").asText());
    }

    @Test
    public void dayThatDoesNotExist_shouldBeRefusedInGermanQuotingItAsTyped() throws Exception {
        RestFixture.Reply reply = finance.post("invoices/999999/credit-notes", "{\"issueDate\":\"2026-02-30\"}", "Accept-Language", "de");

        assertEquals(400, reply.status());
        assertEquals("issueDate", reply.json().get("field").asText());
        assertEquals(reply.json().get("label").asText() + " muss ein Datum sein; eingegeben: 2026-02-30", reply.json().get("message").asText());
    }

    @Test
    public void requestWithoutALanguage_shouldKeepTheApisEnglishAndAddTheEnglishLabel() throws Exception {
        RestFixture.Reply reply = finance.post("accounts", account("DECO", "Deco", "7,5"));

        assertEquals(400, reply.status());
        assertEquals("taxRatePercent must be a percentage such as 19 or 7.5, was: 7,5", reply.json().get("message").asText());
        assertEquals("Tax rate (%)", reply.json().get("label").asText());
    }

    @Test
    public void englishRequest_shouldNameTheLabelInTheMessage() throws Exception {
        JsonNode error = finance.post("accounts", account("DECO", "Deco", "7,5"), "Accept-Language", "en-GB").json();

        assertEquals("Tax rate (%) must be a number such as 12.5, was: 7,5", error.get("message").asText());
    }
}

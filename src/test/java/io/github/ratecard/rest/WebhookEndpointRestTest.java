package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What the webhooks page's form sends: a URL the guard refuses is answered in the viewer's language, naming the URL field and
 * saying why in plain words, and changes nothing; a secret Ratecard makes comes back once, in the answer that made it.
 */
public class WebhookEndpointRestTest {

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

    private static String endpoint(String name, String url) {
        return "{\"name\":\"" + name + "\",\"url\":\"" + url + "\",\"events\":[\"invoice.issued\"]}";
    }

    @Test
    public void loopbackUrl_shouldBeRefusedInGermanSayingWhy() throws Exception {
        RestFixture.Reply reply = finance.post("webhooks/endpoints", endpoint("Loop", "https://127.0.0.1/hooks"), "Accept-Language", "de-DE,de;q=0.9");

        assertEquals(400, reply.status());
        assertEquals("url", reply.json().get("field").asText());
        assertEquals("Ein Webhook darf 127.0.0.1 nicht aufrufen: Der Name f\u00fchrt zu 127.0.0.1, diesem Server selbst (einer Loopback-Adresse)."
                + " Interne Adressen kann nur der Administrator erlauben.", reply.json().get("message").asText());
    }

    @Test
    public void plainHttp_shouldBeRefusedInTheViewersEnglish() throws Exception {
        RestFixture.Reply reply = finance.post("webhooks/endpoints", endpoint("Plain", "http://203.0.113.9/hooks"), "Accept-Language", "en-GB");

        assertEquals(400, reply.status());
        assertEquals("The URL must start with https://: the administrator has not allowed unencrypted http.", reply.json().get("message").asText());
    }

    @Test
    public void refusalWithoutALanguage_shouldKeepTheApisEnglish() throws Exception {
        RestFixture.Reply reply = finance.post("webhooks/endpoints", endpoint("Meta", "https://169.254.169.254/latest"));

        assertEquals(400, reply.status());
        assertEquals("A webhook may not call 169.254.169.254: it resolves to 169.254.169.254, a cloud metadata address", reply.json().get("message").asText());
    }

    @Test
    public void refusedUrl_shouldCreateNoEndpoint() throws Exception {
        finance.post("webhooks/endpoints", endpoint("Refused", "https://10.0.0.5/hooks"), "Accept-Language", "de");

        for (JsonNode each : finance.get("webhooks/endpoints").json().get("endpoints")) {
            assertFalse(each.get("name").asText().equals("Refused"));
        }
    }

    @Test
    public void generatedSecret_shouldBeAnsweredOnceAndNeverListed() throws Exception {
        JsonNode saved = finance.post("webhooks/endpoints", endpoint("Once", "https://203.0.113.10/hooks")).json();
        String secret = saved.get("newSecret").asText();

        assertTrue(secret.length() >= 16);
        assertFalse(finance.get("webhooks/endpoints").body().contains(secret));
        assertFalse(finance.get("webhooks/endpoints/" + saved.get("endpoint").get("id").asLong()).body().contains(secret));
    }

    @Test
    public void switchingOff_shouldKeepNameUrlAndEvents() throws Exception {
        long id = finance.post("webhooks/endpoints", endpoint("Toggle", "https://203.0.113.11/hooks")).json().get("endpoint").get("id").asLong();

        JsonNode off = finance.put("webhooks/endpoints/" + id, "{\"active\":false}").json();

        assertFalse(off.get("active").asBoolean());
        assertEquals("Toggle", off.get("name").asText());
        assertEquals("https://203.0.113.11/hooks", off.get("url").asText());
        assertEquals("invoice.issued", off.get("events").get(0).asText());
    }
}

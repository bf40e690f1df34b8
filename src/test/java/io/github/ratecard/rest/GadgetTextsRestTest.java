package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@code GET /gadgets/texts}: the dashboard gadgets' words, in the language the browser asks for. */
public class GadgetTextsRestTest {

    private static RestFixture rest;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    private static JsonNode texts(String acceptLanguage) throws Exception {
        RestFixture.Reply reply = rest.as("agent01").bare("GET", "/rest/ratecard/1.0/gadgets/texts", HttpRequest.BodyPublishers.noBody(),
                "Accept", "application/json", "Accept-Language", acceptLanguage);
        assertEquals(200, reply.status());
        return reply.json();
    }

    @Test
    public void germanBrowser_shouldGetTheGermanWords() throws Exception {
        JsonNode answer = texts("de-DE,de;q=0.9,en;q=0.8");

        assertEquals("de", answer.get("language").asText());
        assertEquals("Budgetverbrauch", answer.get("texts").get("budget.title").asText());
    }

    @Test
    public void otherLanguage_shouldGetTheEnglishWordsWithTheirPlaceholders() throws Exception {
        JsonNode answer = texts("fr-FR");

        assertEquals("en", answer.get("language").asText());
        assertEquals("{0} % consumed", answer.get("texts").get("budget.consumed").asText());
    }

    @Test
    public void texts_shouldBeTheGadgetsOnly() throws Exception {
        JsonNode answer = texts("en");

        answer.get("texts").fieldNames().forEachRemaining(key -> assertFalse(key, key.startsWith("ratecard.")));
        assertFalse(answer.get("texts").has("plugin.name"));
    }
}

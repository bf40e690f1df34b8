package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The pickers' suggestions over HTTP: who may ask, what a query finds, and how many answers come back. */
public class PickerRestTest {

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

    @Test
    public void users_shouldFindAUserByPartOfTheDisplayNameWithKeyAndLabel() throws Exception {
        JsonNode first = finance.get("pickers/users?q=fion").json().get("items").get(0);

        assertEquals("finance", first.get("key").asText());
        assertEquals("Fiona Finance", first.get("name").asText());
        assertEquals("Fiona Finance (finance)", first.get("label").asText());
    }

    @Test
    public void users_shouldSuggestNoOneForAnEmptyQuery() throws Exception {
        assertEquals(0, finance.get("pickers/users?q=").json().get("items").size());
    }

    @Test
    public void users_shouldBeRefusedToWhoMayNotUseTheRateCardPages() throws Exception {
        assertEquals(401, rest.anonymous().get("pickers/users?q=fi").status());
        assertEquals(403, rest.as("agent01").get("pickers/users?q=fi").status());
        assertEquals(403, rest.as("lead").get("pickers/users?q=fi").status());
    }

    @Test
    public void projects_shouldFindAProjectByItsKeyInLowerCaseExactKeyFirst() throws Exception {
        assertEquals(List.of("ACME", "ACMEDEV"), keys(finance.get("pickers/projects?q=acme")));
    }

    @Test
    public void projects_shouldFindAProjectByPartOfItsName() throws Exception {
        assertTrue(keys(finance.get("pickers/projects?q=platform")).contains("ACMEDEV"));
    }

    @Test
    public void projects_shouldBeRefusedToAnAgent() throws Exception {
        assertEquals(403, rest.as("agent01").get("pickers/projects?q=a").status());
    }

    @Test
    public void accounts_shouldFindAnAccountByKeyOrNameWhateverTheCase() throws Exception {
        assertEquals("ACME", keys(finance.get("pickers/accounts?q=acme")).get(0));
        assertTrue(keys(finance.get("pickers/accounts?q=labs%20r")).contains("ACME_LABS"));
    }

    @Test
    public void currencies_shouldFindACurrencyByCodeOrName() throws Exception {
        assertEquals("EUR", keys(finance.get("pickers/currencies?q=eur")).get(0));
        assertTrue(keys(finance.get("pickers/currencies?q=yen")).contains("JPY"));
    }

    @Test
    public void currencies_shouldBeOpenToEveryoneSignedIn() throws Exception {
        assertEquals(200, rest.as("agent01").get("pickers/currencies?q=eur").status());
        assertEquals(401, rest.anonymous().get("pickers/currencies?q=eur").status());
    }

    @Test
    public void limit_shouldBoundTheNumberOfSuggestions() throws Exception {
        assertEquals(3, finance.get("pickers/currencies?q=&limit=3").json().get("items").size());
    }

    @Test
    public void limit_shouldRefuseMoreThanTwenty() throws Exception {
        RestFixture.Reply reply = finance.get("pickers/currencies?q=e&limit=21");

        assertEquals(400, reply.status());
        assertEquals("limit", reply.field());
    }

    @Test
    public void query_shouldRefuseMoreThanAHundredCharacters() throws Exception {
        RestFixture.Reply reply = finance.get("pickers/accounts?q=" + "a".repeat(101));

        assertEquals(400, reply.status());
        assertEquals("q", reply.field());
    }

    private static List<String> keys(RestFixture.Reply reply) {
        assertEquals(reply.body(), 200, reply.status());
        List<String> keys = new ArrayList<>();
        reply.json().get("items").forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }
}

package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpRequest;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sandbox plays Jira's XSRF rule for REST: a POST that a page on another site could send (no
 * content type, or a form's) needs {@code X-Atlassian-Token: no-check}; a POST from a page of another
 * site is refused whatever it carries.
 */
public class SandboxXsrfRestTest {

    private static final String REST = "/rest/ratecard/1.0/";

    private static RestFixture rest;
    private static RestFixture.Caller finance;
    private static long draft;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        rest.logWork("ACME-11", "agent05", "2026-12-02T09:00:00Z", 3600);
        draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-12-01\",\"to\":\"2026-12-10\"}").json().get("id").asLong();
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void postWithoutContentTypeOrToken_shouldBeRefusedAndIssueNothing() throws Exception {
        RestFixture.Reply reply = finance.bare("POST", REST + "invoices/" + draft + "/issue", HttpRequest.BodyPublishers.noBody());

        assertEquals(reply.body(), 403, reply.status());
        assertEquals("XSRF check failed", reply.json().get("message").asText());
        assertEquals("DRAFT", finance.get("invoices/" + draft).json().get("status").asText());
    }

    @Test
    public void plainTextPostWithoutToken_shouldBeRefusedAndIssueNothing() throws Exception {
        RestFixture.Reply reply = finance.bare("POST", REST + "invoices/" + draft + "/issue", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "text/plain");

        assertEquals(reply.body(), 403, reply.status());
        assertEquals("DRAFT", finance.get("invoices/" + draft).json().get("status").asText());
    }

    @Test
    public void formPostWithoutToken_shouldBeRefused() throws Exception {
        RestFixture.Reply reply = finance.bare("POST", REST + "invoices", HttpRequest.BodyPublishers.ofString("accountKey=ACME"),
                "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");

        assertEquals(reply.body(), 403, reply.status());
    }

    @Test
    public void bodylessPostWithTheNoCheckToken_shouldPassTheCheck() throws Exception {
        RestFixture.Reply reply = finance.bare("POST", REST + "invoices/" + draft + "/refresh", HttpRequest.BodyPublishers.noBody(),
                "X-Atlassian-Token", "no-check");

        assertEquals(reply.body(), 200, reply.status());
    }

    @Test
    public void jsonPostWithoutToken_shouldPassTheCheck() throws Exception {
        RestFixture.Reply reply = finance.bare("POST", REST + "invoices", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "application/json");

        assertEquals(reply.body(), 400, reply.status());
    }

    @Test
    public void postFromAPageOfAnotherSite_shouldBeRefusedEvenAsJsonWithTheToken() throws Exception {
        RestFixture.Reply reply = finance.bare("POST", REST + "invoices/" + draft + "/issue", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "application/json", "X-Atlassian-Token", "no-check", "Origin", "https://attacker.example");

        assertEquals(reply.body(), 403, reply.status());
        assertEquals("DRAFT", finance.get("invoices/" + draft).json().get("status").asText());
    }

    @Test
    public void postFromAPageOfThisSite_shouldPassTheCheck() throws Exception {
        RestFixture.Reply reply = finance.bare("POST", REST + "invoices", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "application/json", "Origin", rest.url());

        assertEquals(reply.body(), 400, reply.status());
    }

    @Test
    public void deleteWithoutToken_shouldNotBeRefusedOnThisGroundAsInJira() throws Exception {
        RestFixture.Reply reply = finance.bare("DELETE", REST + "invoices/999999", HttpRequest.BodyPublishers.noBody());

        assertEquals(reply.body(), 404, reply.status());
    }
}

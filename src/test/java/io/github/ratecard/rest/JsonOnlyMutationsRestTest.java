package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every method that changes something takes JSON only: a body an HTML form can send (URL-encoded,
 * multipart, plain text) is refused with 415 before the method runs, even with Jira's XSRF token
 * header, so a page on another site cannot change anything through a form, whatever Jira's XSRF
 * filter lets through.
 */
public class JsonOnlyMutationsRestTest {

    private static final String[] FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=ratecard", "text/plain"};

    private static RestFixture rest;
    private static RestFixture.Caller admin;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        admin = rest.as("admin");
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void everyMutatingMethod_shouldRefuseEveryContentTypeAFormCanSend() throws Exception {
        List<String> reached = new ArrayList<>();
        int checked = 0;
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.all()) {
            if (endpoint.verb().equals("GET")) {
                continue;
            }
            String path = "/rest/ratecard/1.0/" + endpoint.template().replaceAll("\\{[^}]+}", "1");
            for (String type : FORM_TYPES) {
                int status = formRequest(endpoint.verb(), path, type).status();
                if (status != 415) {
                    reached.add(endpoint + " as " + type + ": " + status);
                }
                checked++;
            }
        }
        assertTrue(String.join("\n", reached), reached.isEmpty());
        assertTrue("mutating methods checked: " + checked, checked > 100);
    }

    @Test
    public void formPostToStartABackfill_shouldStartNoJob() throws Exception {
        int jobsBefore = rest.sandbox().jobs().recent(100).size();

        RestFixture.Reply reply = formRequest("POST", "/rest/ratecard/1.0/admin/backfill", "application/x-www-form-urlencoded");

        assertEquals(reply.body(), 415, reply.status());
        assertEquals(jobsBefore, rest.sandbox().jobs().recent(100).size());
    }

    private static RestFixture.Reply formRequest(String method, String path, String type) throws Exception {
        return admin.bare(method, path, HttpRequest.BodyPublishers.ofString("reason=x"), "Content-Type", type, "X-Atlassian-Token", "no-check");
    }
}

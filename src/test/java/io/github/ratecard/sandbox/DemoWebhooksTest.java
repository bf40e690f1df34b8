package io.github.ratecard.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The demo's webhook endpoint: registered at start, pointing at the receiver the sandbox runs on its own loopback address. */
public class DemoWebhooksTest {

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;
    private static SandboxClient finance;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(new SandboxConfig(0, FOLDER.getRoot().toPath(), false, 500, 42));
        sandbox.seedDemoWebhooks();
        finance = SandboxClient.anonymous(sandbox).as("finance");
    }

    @AfterClass
    public static void stop() {
        sandbox.stop();
    }

    private static JsonNode demoEndpoint() throws Exception {
        for (JsonNode endpoint : JSON.readTree(finance.get("/rest/ratecard/1.0/webhooks/endpoints").body()).get("endpoints")) {
            if (endpoint.get("name").asText().equals(DemoWebhooks.NAME)) {
                return endpoint;
            }
        }
        throw new AssertionError("No demo endpoint");
    }

    @Test
    public void demoEndpoint_shouldPointAtTheSandboxsOwnLoopbackReceiver() throws Exception {
        assertEquals("http://127.0.0.1:" + sandbox.url().getPort() + DemoWebhooks.PATH, demoEndpoint().get("url").asText());
    }

    @Test
    public void loopback_shouldBeAllowedAsTheSandboxsAdministratorSetIt() {
        assertTrue(sandbox.app().bean(io.github.ratecard.webhook.WebhookService.class).allowInternalTargets());
        assertTrue(sandbox.app().bean(io.github.ratecard.webhook.WebhookService.class).allowHttp());
    }

    @Test
    public void seedingAgain_shouldKeepOneDemoEndpoint() throws Exception {
        sandbox.seedDemoWebhooks();

        int demos = 0;
        for (JsonNode endpoint : JSON.readTree(finance.get("/rest/ratecard/1.0/webhooks/endpoints").body()).get("endpoints")) {
            demos += endpoint.get("name").asText().equals(DemoWebhooks.NAME) ? 1 : 0;
        }
        assertEquals(1, demos);
    }

    @Test
    public void testEvent_shouldReachTheReceiverSignedWithTheDemosSecret() throws Exception {
        HttpResponse<String> ping = finance.postJson("/rest/ratecard/1.0/webhooks/endpoints/" + demoEndpoint().get("id").asLong() + "/ping", "{}");

        assertEquals(ping.body(), "delivered", JSON.readTree(ping.body()).get("status").asText());
        String received = finance.get(DemoWebhooks.PATH).body();
        assertThat(received, containsString("<strong class=\"sandbox-webhook-event\">ping</strong>"));
        assertThat(received, containsString("<span class=\"sandbox-webhook-signed\">signature valid</span>"));
    }
}

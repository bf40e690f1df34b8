package io.github.ratecard.sandbox;

import io.github.ratecard.webhook.Endpoint;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookService;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The demo's webhook endpoint: every event, sent to the receiver the sandbox runs itself ({@link WebhookReceiverServlet}) on
 * 127.0.0.1. The product refuses plain http and internal addresses unless the administrator allows them; the sandbox allows
 * both as its administrator when started by the run command with its setting {@code ratecard.sandbox.webhooks.loopback} (true
 * unless set to false), and says so. With the setting off, the sandbox has no demo endpoint and the guard keeps what the administrator
 * last chose; tests start with the product's guard unless they ask for the demo endpoint.
 */
final class DemoWebhooks {

    static final String NAME = "Sandbox receiver";
    static final String PATH = "/sandbox/webhooks";
    /** The demo endpoint's secret, which the receiver checks signatures with. */
    static final String SECRET = "sandbox-demo-webhook-secret-2026";

    private DemoWebhooks() {
    }

    /** Allows the loopback receiver and registers (or points at this port again) the demo endpoint, once the server listens on {@code port}. */
    static void seed(SandboxApp app, int port) {
        WebhookService webhooks = app.bean(WebhookService.class);
        if (!webhooks.allowHttp() || !webhooks.allowInternalTargets()) {
            webhooks.changeSecurity(true, true);
            System.out.println("Webhooks: the sandbox's administrator allows http and internal addresses (ratecard.sandbox.webhooks.loopback),"
                    + " so that the demo endpoint can reach the sandbox's own receiver at " + PATH + ".");
        }
        String url = "http://127.0.0.1:" + port + PATH;
        Optional<Endpoint> demo = webhooks.endpoints().stream().filter(endpoint -> endpoint.name().equals(NAME)).findFirst();
        if (demo.isEmpty()) {
            List<String> events = Arrays.stream(WebhookEvent.values()).filter(WebhookEvent::subscribable).map(WebhookEvent::wireName).toList();
            webhooks.create(new WebhookService.EndpointInput(NAME, url, events, true, SECRET), "finance");
        } else if (!demo.get().url().equals(url)) {
            webhooks.update(demo.get().id(), new WebhookService.EndpointInput(null, url, null, null, null));
        }
    }
}

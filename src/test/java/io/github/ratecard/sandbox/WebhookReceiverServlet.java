package io.github.ratecard.sandbox;

import io.github.ratecard.webhook.Signature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@value DemoWebhooks#PATH}: the receiver the demo's webhook endpoint points at, on the sandbox's own loopback address. It takes
 * each delivery (answering 200), checks its signature with the demo's secret, and lists the newest {@value #KEPT} on a page.
 */
final class WebhookReceiverServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int KEPT = 200;
    private static final int BODY_LIMIT = 64 * 1024;

    /** One delivery as it arrived. */
    record Received(Instant at, String deliveryId, String event, boolean signed, String body) {
    }

    private final transient Deque<Received> received = new ConcurrentLinkedDeque<>();
    private final transient PageShell shell;

    WebhookReceiverServlet(PageShell shell) {
        this.shell = shell;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(BODY_LIMIT);
        boolean signed;
        try {
            signed = Signature.verifies(request.getHeader(Signature.SIGNATURE), DemoWebhooks.SECRET,
                    Long.parseLong(String.valueOf(request.getHeader(Signature.TIMESTAMP))), body);
        } catch (NumberFormatException noTimestamp) {
            signed = false;
        }
        received.addFirst(new Received(Instant.now(), String.valueOf(request.getHeader(Signature.DELIVERY)),
                String.valueOf(request.getHeader(Signature.EVENT)), signed, new String(body, StandardCharsets.UTF_8)));
        while (received.size() > KEPT) {
            received.pollLast();
        }
        response.setContentType("application/json");
        response.getWriter().write("{\"received\":true}");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder page = new StringBuilder("<h2>Webhook receiver</h2><p class=\"ratecard-muted\">What the demo's endpoint <em>")
                .append(Html.escape(DemoWebhooks.NAME)).append("</em> received on this sandbox's loopback address (allowed only because the"
                        + " sandbox's settings let webhooks reach internal addresses), newest first. The signature is checked with the demo's"
                        + " secret; after a new secret on the webhooks page it no longer matches.</p>");
        List<Received> shown = new ArrayList<>(received);
        if (shown.isEmpty()) {
            page.append("<p id=\"sandbox-webhooks-empty\">Nothing received yet: send a test event from the webhooks page.</p>");
        }
        page.append("<ol id=\"sandbox-webhooks\">");
        for (Received each : shown) {
            page.append("<li class=\"sandbox-webhook\"><p><strong class=\"sandbox-webhook-event\">").append(Html.escape(each.event()))
                    .append("</strong> · <span class=\"sandbox-webhook-delivery\">").append(Html.escape(each.deliveryId())).append("</span> · ")
                    .append(each.signed() ? "<span class=\"sandbox-webhook-signed\">signature valid</span>"
                            : "<span class=\"sandbox-webhook-unsigned\">signature does not match the demo's secret</span>")
                    .append(" · ").append(Html.escape(each.at().toString())).append("</p><pre>").append(Html.escape(each.body())).append("</pre></li>");
        }
        page.append("</ol>");
        response.setContentType("text/html;charset=UTF-8");
        shell.render("Webhook receiver", page.toString(), DemoWebhooks.PATH, response.getWriter());
    }

    List<Received> received() {
        return List.copyOf(received);
    }
}

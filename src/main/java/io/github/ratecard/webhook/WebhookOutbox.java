package io.github.ratecard.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The app's {@link WebhookEvents}: each event becomes one queued delivery per endpoint that wants it, its body
 * {@code {"id", "event", "occurredAt", "data"}} written now, so a retry sends the same bytes. Writes through the
 * store in the caller's transaction. No endpoint, no row.
 */
public final class WebhookOutbox implements WebhookEvents {

    private final WebhookStore store;
    private final Clock clock;

    public WebhookOutbox(WebhookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void publish(WebhookEvent event, String document, Map<String, Object> data) {
        Instant now = clock.instant();
        for (Endpoint endpoint : store.endpoints()) {
            if (endpoint.wants(event)) {
                enqueue(endpoint.id(), event, document, data, now);
            }
        }
    }

    /** Queues one delivery for the endpoint; returns its row id. */
    long enqueue(long endpointId, WebhookEvent event, String document, Map<String, Object> data, Instant now) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("event", event.wireName());
        body.put("occurredAt", now.toString());
        body.put("data", data);
        return store.enqueue(new WebhookStore.NewDelivery(id, endpointId, event, document, Json.write(body), now));
    }
}

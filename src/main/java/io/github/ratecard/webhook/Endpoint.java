package io.github.ratecard.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * A receiver finance registered: where deliveries go, which events it wants, whether it gets any now.
 * The secret is never part of it; {@code secretFingerprint} (the first characters of the secret's SHA-256)
 * lets finance tell which secret is set without seeing it.
 */
public record Endpoint(long id, String name, String url, Set<WebhookEvent> events, boolean active, String secretFingerprint,
                       Instant secretSetAt, String createdBy, Instant createdAt) {

    public Endpoint {
        events = Set.copyOf(events);
    }

    public boolean wants(WebhookEvent event) {
        return active && events.contains(event);
    }
}

package io.github.ratecard.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * One event for one endpoint: its body, fixed when the event happened, and its sending so far. {@code deliveryId}
 * is sent with every attempt, the same each time, for the receiver to recognise a repeat.
 */
public record Delivery(long id, String deliveryId, long endpointId, WebhookEvent event, String document, String body, DeliveryStatus status,
                       int attempts, Instant createdAt, Instant nextAttemptAt, Optional<Instant> claimedAt, Optional<Integer> lastStatusCode,
                       Optional<String> lastError, Optional<Instant> deliveredAt) {
}

package io.github.ratecard.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The endpoints and the deliveries (the outbox), as the database keeps them. */
public interface WebhookStore {

    /** An endpoint's fields that finance edits; the secret is set on its own. */
    record EndpointFields(String name, String url, Set<WebhookEvent> events, boolean active) {
    }

    /** A delivery to queue. */
    record NewDelivery(String deliveryId, long endpointId, WebhookEvent event, String document, String body, Instant createdAt) {
    }

    /** Which deliveries to list: each part optional. */
    record DeliveryFilter(Optional<Long> endpointId, Optional<DeliveryStatus> status, Optional<WebhookEvent> event) {

        public static DeliveryFilter all() {
            return new DeliveryFilter(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    List<Endpoint> endpoints();

    Optional<Endpoint> endpoint(long id);

    long insertEndpoint(EndpointFields fields, SealedSecret secret, String createdBy, Instant at);

    void updateEndpoint(long id, EndpointFields fields);

    void replaceSecret(long id, SealedSecret secret, Instant at);

    /** The endpoint's secret as stored (sealed); empty for an unknown endpoint. */
    Optional<SealedSecret> secret(long id);

    /** Deletes the endpoint and its deliveries. */
    void deleteEndpoint(long id);

    /** Returns the new delivery's row id. */
    long enqueue(NewDelivery delivery);

    /**
     * Up to {@code limit} deliveries a run may try, oldest first: pending ones due by {@code now}, and ones
     * claimed before {@code abandonedBefore} by a node that never finished them.
     */
    List<Delivery> due(Instant now, Instant abandonedBefore, int limit);

    /** Whether an older delivery of the same endpoint and document is not delivered or failed yet. */
    boolean waitsBehindEarlier(Delivery delivery);

    /**
     * Takes the delivery for sending, counting the attempt, when it is still due as {@link #due} says; of
     * nodes claiming one delivery at once, exactly one gets it.
     */
    Optional<Delivery> claim(long id, Instant now, Instant abandonedBefore);

    void delivered(long id, int statusCode, Instant at);

    /** Back to pending, tried again at {@code next}. */
    void retryLater(long id, Optional<Integer> statusCode, String error, Instant next);

    void failed(long id, Optional<Integer> statusCode, String error);

    Optional<Delivery> delivery(long id);

    /** The newest first. */
    List<Delivery> deliveries(DeliveryFilter filter, int limit);

    /** Puts a delivered or failed delivery back in the queue, due at {@code now}, with its attempts counted afresh; false when it is not done. */
    boolean resend(long id, Instant now);
}

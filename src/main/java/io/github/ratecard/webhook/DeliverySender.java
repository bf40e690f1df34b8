package io.github.ratecard.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Sends the due deliveries, at least once each: a delivery is claimed (on a cluster, by one node) before it is
 * sent and marked after; a node that dies in between leaves it claimed, and after {@link #LEASE} any node takes it
 * again. A delivery waits while an older one of the same endpoint and document is not delivered or failed, so one
 * invoice's events arrive in order. A failed attempt is tried again after {@link Backoff}; an endpoint that is
 * switched off keeps its deliveries queued.
 */
public final class DeliverySender {

    /** How long a claim holds: well above the transport's timeouts, so a slow attempt is never sent twice at once. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 200;
    private static final int ERROR_LENGTH = 450;

    private final WebhookStore store;
    private final UrlGuard guard;
    private final SecretBox secrets;
    private final WebhookTransport transport;
    private final Clock clock;

    public DeliverySender(WebhookStore store, UrlGuard guard, SecretBox secrets, WebhookTransport transport, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.secrets = secrets;
        this.transport = transport;
        this.clock = clock;
    }

    /** Tries every due delivery once, until done or {@code stop}; returns how many were delivered. */
    public int sendDue(BooleanSupplier stop) {
        Set<Long> active = store.endpoints().stream().filter(Endpoint::active).map(Endpoint::id).collect(Collectors.toSet());
        if (active.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Set<String> held = new HashSet<>();
        int delivered = 0;
        for (Delivery due : store.due(now, now.minus(LEASE), BATCH)) {
            if (stop.getAsBoolean()) {
                break;
            }
            String document = due.endpointId() + "|" + due.document();
            if (!active.contains(due.endpointId()) || held.contains(document) || store.waitsBehindEarlier(due)) {
                held.add(document);
                continue;
            }
            Optional<Delivery> claimed = store.claim(due.id(), now, now.minus(LEASE));
            if (claimed.isPresent() && attempt(claimed.get()) == DeliveryStatus.DELIVERED) {
                delivered++;
            } else {
                held.add(document);
            }
        }
        return delivered;
    }

    /** Claims the delivery, if due, and tries it now (a test delivery); returns it as it stands after. */
    public Optional<Delivery> sendNow(long id) {
        Instant now = clock.instant();
        store.claim(id, now, now.minus(LEASE)).ifPresent(this::attempt);
        return store.delivery(id);
    }

    /** One attempt of a claimed delivery; returns how it ended. */
    DeliveryStatus attempt(Delivery delivery) {
        Optional<Endpoint> endpoint = store.endpoint(delivery.endpointId());
        Optional<SealedSecret> secret = store.secret(delivery.endpointId());
        if (endpoint.isEmpty() || secret.isEmpty()) {
            store.failed(delivery.id(), Optional.empty(), "The endpoint was deleted");
            return DeliveryStatus.FAILED;
        }
        UrlGuard.Checked target = guard.check(endpoint.get().url());
        if (target.refusal().isPresent()) {
            return failedAttempt(delivery, Optional.empty(), "Refused: " + target.refusal().get());
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        try {
            WebhookTransport.Answer answer = transport.post(target.uri().orElseThrow(), headers(delivery, secrets.open(secret.get()), timestamp, body),
                    body);
            if (answer.success()) {
                store.delivered(delivery.id(), answer.statusCode(), clock.instant());
                return DeliveryStatus.DELIVERED;
            }
            return failedAttempt(delivery, Optional.of(answer.statusCode()), "HTTP " + answer.statusCode()
                    + (answer.statusCode() >= 300 && answer.statusCode() < 400 ? " (redirects are not followed)" : "")
                    + (answer.bodyStart().isBlank() ? "" : ": " + answer.bodyStart().strip()));
        } catch (IOException | RuntimeException e) {
            return failedAttempt(delivery, Optional.empty(), e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static Map<String, String> headers(Delivery delivery, String secret, long timestamp, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Signature.DELIVERY, delivery.deliveryId());
        headers.put(Signature.EVENT, delivery.event().wireName());
        headers.put(Signature.TIMESTAMP, String.valueOf(timestamp));
        headers.put(Signature.SIGNATURE, Signature.header(secret, timestamp, body));
        return headers;
    }

    private DeliveryStatus failedAttempt(Delivery delivery, Optional<Integer> statusCode, String error) {
        String kept = error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (Backoff.exhausted(delivery.attempts())) {
            store.failed(delivery.id(), statusCode, kept);
            return DeliveryStatus.FAILED;
        }
        store.retryLater(delivery.id(), statusCode, kept, clock.instant().plus(Backoff.after(delivery.attempts())));
        return DeliveryStatus.PENDING;
    }
}

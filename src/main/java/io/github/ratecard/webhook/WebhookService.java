package io.github.ratecard.webhook;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finance's webhook use cases: endpoints (each change validated, audited, in one transaction; the secret never
 * leaves, except a generated one once, in the answer that made it), test deliveries, the delivery log and
 * re-sending; and the administrator's guard settings. The adapters check who may call them.
 */
public final class WebhookService {

    private static final String AUDIT_TYPE = "webhook";

    private final WebhookStore store;
    private final WebhookOutbox outbox;
    private final DeliverySender sender;
    private final UrlGuard guard;
    private final SecretBox secrets;
    private final WebhookSecurity security;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public WebhookService(WebhookStore store, WebhookOutbox outbox, DeliverySender sender, UrlGuard guard, SecretBox secrets,
                          WebhookSecurity security, AuditLog audit, Transactions transactions, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.sender = sender;
        this.guard = guard;
        this.secrets = secrets;
        this.security = security;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What finance sends to create or change an endpoint; {@code secret} null to have one generated (on creation). */
    public record EndpointInput(String name, String url, List<String> events, Boolean active, String secret) {
    }

    /** An endpoint with the secret shown this once: the generated one, or empty when finance chose it. */
    public record WithSecret(Endpoint endpoint, Optional<String> newSecret) {
    }

    public List<Endpoint> endpoints() {
        return store.endpoints();
    }

    public Endpoint endpoint(long id) {
        return store.endpoint(id).orElseThrow(() -> new NotFoundException("No webhook endpoint " + id));
    }

    public WithSecret create(EndpointInput input, String by) {
        WebhookStore.EndpointFields fields = fields(input, null);
        Optional<String> chosen = Optional.ofNullable(input.secret());
        String secret = chosen.map(WebhookService::checkedSecret).orElseGet(SecretBox::newSecret);
        SealedSecret sealed = secrets.seal(secret);
        return transactions.inTransaction(() -> {
            InvalidInputException.require(store.endpoints().size() < InputLimits.WEBHOOK_ENDPOINTS, "url",
                    "At most " + InputLimits.WEBHOOK_ENDPOINTS + " webhook endpoints; delete one first");
            long id = store.insertEndpoint(fields, sealed, by, clock.instant());
            Endpoint created = endpoint(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "create", null, snapshot(created));
            return new WithSecret(created, chosen.isPresent() ? Optional.empty() : Optional.of(secret));
        });
    }

    /** Changes what is given; the secret is changed with {@link #rotateSecret}. */
    public Endpoint update(long id, EndpointInput input) {
        Endpoint before = endpoint(id);
        InvalidInputException.require(input.secret() == null, "secret", "Change the secret with POST webhooks/endpoints/{id}/secret");
        WebhookStore.EndpointFields fields = fields(input, before);
        return transactions.inTransaction(() -> {
            store.updateEndpoint(id, fields);
            Endpoint after = endpoint(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "update", snapshot(before), snapshot(after));
            return after;
        });
    }

    /** Replaces the secret by the one given, or a generated one (shown this once); deliveries from now on are signed with it. */
    public WithSecret rotateSecret(long id, String given) {
        Endpoint before = endpoint(id);
        String secret = given == null ? SecretBox.newSecret() : checkedSecret(given);
        SealedSecret sealed = secrets.seal(secret);
        return transactions.inTransaction(() -> {
            store.replaceSecret(id, sealed, clock.instant());
            Endpoint after = endpoint(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "secret", Map.of("secretFingerprint", before.secretFingerprint()),
                    Map.of("secretFingerprint", after.secretFingerprint()));
            return new WithSecret(after, given == null ? Optional.of(secret) : Optional.empty());
        });
    }

    public void delete(long id) {
        Endpoint before = endpoint(id);
        transactions.inTransaction(() -> {
            store.deleteEndpoint(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "delete", snapshot(before), null);
            return null;
        });
    }

    /** Sends a {@code ping} delivery to the endpoint now (whether active or not) and returns it, as logged. */
    public Delivery ping(long id, String by) {
        Endpoint endpoint = endpoint(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", endpoint.id());
        data.put("requestedBy", by);
        long row = transactions.inTransaction(() -> outbox.enqueue(id, WebhookEvent.PING, "ping:" + id, data, clock.instant()));
        return sender.sendNow(row).orElseThrow();
    }

    public List<Delivery> deliveries(WebhookStore.DeliveryFilter filter, int limit) {
        InvalidInputException.require(limit >= 1 && limit <= InputLimits.WEBHOOK_DELIVERIES_PAGE, "limit",
                "limit must be between 1 and " + InputLimits.WEBHOOK_DELIVERIES_PAGE);
        return store.deliveries(filter, limit);
    }

    /** Queues a delivered or failed delivery again, with its delivery id (so the receiver can tell it is a repeat). */
    public Delivery resend(long id, String by) {
        Delivery delivery = store.delivery(id).orElseThrow(() -> new NotFoundException("No webhook delivery " + id));
        return transactions.inTransaction(() -> {
            if (!store.resend(id, clock.instant())) {
                throw new ConflictException("status", "Delivery " + id + " is " + delivery.status().name().toLowerCase(java.util.Locale.ROOT)
                        + "; only a delivered or failed delivery can be sent again");
            }
            audit.record(AUDIT_TYPE, String.valueOf(delivery.endpointId()), "resend", null, Map.of("delivery", delivery.deliveryId(), "by", by));
            return store.delivery(id).orElseThrow();
        });
    }

    public boolean allowHttp() {
        return security.allowHttp();
    }

    public boolean allowInternalTargets() {
        return security.allowInternalTargets();
    }

    /** The administrator's guard settings; audited. */
    public void changeSecurity(boolean allowHttp, boolean allowInternalTargets) {
        transactions.inTransaction(() -> {
            Map<String, Object> before = Map.of("allowHttp", security.allowHttp(), "allowInternalTargets", security.allowInternalTargets());
            security.change(allowHttp, allowInternalTargets);
            audit.record(AUDIT_TYPE, "settings", "update", before, Map.of("allowHttp", allowHttp, "allowInternalTargets", allowInternalTargets));
            return null;
        });
    }

    private WebhookStore.EndpointFields fields(EndpointInput input, Endpoint current) {
        InvalidInputException.require(input != null, "url", "A webhook endpoint needs a body: {\"name\", \"url\", \"events\"}");
        String name = input.name() != null ? input.name().strip() : current == null ? null : current.name();
        InvalidInputException.require(name != null && !name.isEmpty() && name.length() <= InputLimits.WEBHOOK_NAME, "name",
                "A webhook endpoint needs a name of 1 to " + InputLimits.WEBHOOK_NAME + " characters");
        String url = input.url() != null || current == null ? guard.require(input.url()).toString() : current.url();
        Set<WebhookEvent> events = input.events() != null || current == null ? events(input.events()) : current.events();
        boolean active = input.active() != null ? input.active() : current == null || current.active();
        return new WebhookStore.EndpointFields(name, url, events, active);
    }

    private static Set<WebhookEvent> events(List<String> names) {
        InvalidInputException.require(names != null && !names.isEmpty(), "events", "Choose at least one event: " + subscribable());
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : names) {
            Optional<WebhookEvent> event = WebhookEvent.named(name).filter(WebhookEvent::subscribable);
            InvalidInputException.require(event.isPresent(), "events", "Unknown event " + name + "; the events are " + subscribable());
            events.add(event.get());
        }
        return events;
    }

    private static String subscribable() {
        List<String> names = new ArrayList<>();
        for (WebhookEvent event : WebhookEvent.values()) {
            if (event.subscribable()) {
                names.add(event.wireName());
            }
        }
        return String.join(", ", names);
    }

    private static String checkedSecret(String secret) {
        InvalidInputException.require(secret.length() >= InputLimits.WEBHOOK_SECRET_MIN && secret.length() <= InputLimits.WEBHOOK_SECRET
                        && secret.chars().allMatch(c -> c > 0x20 && c < 0x7f), "secret",
                "A webhook secret has " + InputLimits.WEBHOOK_SECRET_MIN + " to " + InputLimits.WEBHOOK_SECRET
                        + " visible ASCII characters; leave it out to have one generated");
        return secret;
    }

    private static Map<String, Object> snapshot(Endpoint endpoint) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", endpoint.name());
        values.put("url", endpoint.url());
        values.put("events", endpoint.events().stream().map(WebhookEvent::wireName).sorted().toList());
        values.put("active", endpoint.active());
        values.put("secretFingerprint", endpoint.secretFingerprint());
        return values;
    }
}

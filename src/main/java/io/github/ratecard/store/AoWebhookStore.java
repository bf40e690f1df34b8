package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.webhook.Delivery;
import io.github.ratecard.webhook.DeliveryStatus;
import io.github.ratecard.webhook.Endpoint;
import io.github.ratecard.webhook.SealedSecret;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** The webhook endpoints in RC_WH_ENDPOINT and the outbox of deliveries in RC_WH_DELIVERY. */
public class AoWebhookStore implements WebhookStore {

    private static final String DUE = "(" + WebhookDeliveryEntity.STATUS + " = ? AND " + WebhookDeliveryEntity.NEXT_MILLIS + " <= ?) OR ("
            + WebhookDeliveryEntity.STATUS + " = ? AND " + WebhookDeliveryEntity.CLAIMED_MILLIS + " < ?)";

    private final ActiveObjects ao;

    public AoWebhookStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Endpoint> endpoints() {
        return Arrays.stream(ao.find(WebhookEndpointEntity.class, Query.select().order("ID"))).map(AoWebhookStore::endpoint).toList();
    }

    @Override
    public Optional<Endpoint> endpoint(long id) {
        return endpointRow(id).map(AoWebhookStore::endpoint);
    }

    @Override
    public long insertEndpoint(EndpointFields fields, SealedSecret secret, String createdBy, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(WebhookEndpointEntity.NAME, fields.name());
        row.put(WebhookEndpointEntity.URL, fields.url());
        row.put(WebhookEndpointEntity.EVENTS, events(fields.events()));
        row.put(WebhookEndpointEntity.ACTIVE, fields.active());
        row.put(WebhookEndpointEntity.SECRET, secret.sealed());
        row.put(WebhookEndpointEntity.SECRET_PRINT, secret.fingerprint());
        row.put(WebhookEndpointEntity.SECRET_SET_MILLIS, at.toEpochMilli());
        row.put(WebhookEndpointEntity.CREATED_BY, createdBy);
        row.put(WebhookEndpointEntity.CREATED_MILLIS, at.toEpochMilli());
        return ao.create(WebhookEndpointEntity.class, row).getID();
    }

    @Override
    public void updateEndpoint(long id, EndpointFields fields) {
        endpointRow(id).ifPresent(row -> {
            row.setName(fields.name());
            row.setUrl(fields.url());
            row.setEvents(events(fields.events()));
            row.setActive(fields.active());
            row.save();
        });
    }

    @Override
    public void replaceSecret(long id, SealedSecret secret, Instant at) {
        endpointRow(id).ifPresent(row -> {
            row.setSecret(secret.sealed());
            row.setSecretPrint(secret.fingerprint());
            row.setSecretSetMillis(at.toEpochMilli());
            row.save();
        });
    }

    @Override
    public Optional<SealedSecret> secret(long id) {
        return endpointRow(id).map(row -> new SealedSecret(row.getSecret(), row.getSecretPrint()));
    }

    @Override
    public void deleteEndpoint(long id) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(WebhookDeliveryEntity.class, WebhookDeliveryEntity.ENDPOINT_ID + " = ?", id);
            ao.deleteWithSQL(WebhookEndpointEntity.class, "ID = ?", (int) id);
            return null;
        });
    }

    @Override
    public long enqueue(NewDelivery delivery) {
        Map<String, Object> row = new HashMap<>();
        row.put(WebhookDeliveryEntity.DELIVERY_ID, delivery.deliveryId());
        row.put(WebhookDeliveryEntity.ENDPOINT_ID, delivery.endpointId());
        row.put(WebhookDeliveryEntity.EVENT, delivery.event().name());
        row.put(WebhookDeliveryEntity.DOC_KEY, delivery.document().length() <= 255 ? delivery.document() : delivery.document().substring(0, 255));
        row.put(WebhookDeliveryEntity.BODY, delivery.body());
        row.put(WebhookDeliveryEntity.STATUS, DeliveryStatus.PENDING.name());
        row.put(WebhookDeliveryEntity.ATTEMPTS, 0);
        row.put(WebhookDeliveryEntity.CLAIMS, 0);
        row.put(WebhookDeliveryEntity.CREATED_MILLIS, delivery.createdAt().toEpochMilli());
        row.put(WebhookDeliveryEntity.NEXT_MILLIS, delivery.createdAt().toEpochMilli());
        return ao.create(WebhookDeliveryEntity.class, row).getId();
    }

    @Override
    public List<Delivery> due(Instant now, Instant abandonedBefore, int limit) {
        return Arrays.stream(ao.find(WebhookDeliveryEntity.class, Query.select().where(DUE, DeliveryStatus.PENDING.name(), now.toEpochMilli(),
                DeliveryStatus.SENDING.name(), abandonedBefore.toEpochMilli()).order(WebhookDeliveryEntity.ID).limit(limit)))
                .map(AoWebhookStore::delivery).toList();
    }

    @Override
    public boolean waitsBehindEarlier(Delivery delivery) {
        return ao.count(WebhookDeliveryEntity.class, Query.select().where(WebhookDeliveryEntity.ENDPOINT_ID + " = ? AND " + WebhookDeliveryEntity.DOC_KEY
                + " = ? AND " + WebhookDeliveryEntity.ID + " < ? AND " + WebhookDeliveryEntity.STATUS + " IN (?, ?)", delivery.endpointId(),
                delivery.document(), delivery.id(), DeliveryStatus.PENDING.name(), DeliveryStatus.SENDING.name())) > 0;
    }

    /**
     * Raises the row's claim count first, which locks the row until this transaction ends, then reads the status
     * again: a node that claimed the delivery meanwhile has committed by then, and this one finds it taken.
     */
    @Override
    public Optional<Delivery> claim(long id, Instant now, Instant abandonedBefore) {
        return ao.executeInTransaction(() -> {
            WebhookDeliveryEntity held = ao.get(WebhookDeliveryEntity.class, id);
            if (held == null) {
                return Optional.<Delivery>empty();
            }
            held.setClaims(held.getClaims() + 1);
            held.save();
            WebhookDeliveryEntity[] rows = ao.find(WebhookDeliveryEntity.class, Query.select().where(WebhookDeliveryEntity.ID + " = ? AND (" + DUE + ")",
                    id, DeliveryStatus.PENDING.name(), now.toEpochMilli(), DeliveryStatus.SENDING.name(), abandonedBefore.toEpochMilli()));
            if (rows.length == 0) {
                return Optional.<Delivery>empty();
            }
            WebhookDeliveryEntity row = rows[0];
            row.setStatus(DeliveryStatus.SENDING.name());
            row.setClaimedMillis(now.toEpochMilli());
            row.setAttempts(row.getAttempts() + 1);
            row.save();
            return Optional.of(delivery(row));
        });
    }

    @Override
    public void delivered(long id, int statusCode, Instant at) {
        deliveryRow(id).ifPresent(row -> {
            row.setStatus(DeliveryStatus.DELIVERED.name());
            row.setLastCode(statusCode);
            row.setLastError(null);
            row.setDeliveredMillis(at.toEpochMilli());
            row.setClaimedMillis(null);
            row.save();
        });
    }

    @Override
    public void retryLater(long id, Optional<Integer> statusCode, String error, Instant next) {
        deliveryRow(id).ifPresent(row -> {
            row.setStatus(DeliveryStatus.PENDING.name());
            row.setLastCode(statusCode.orElse(null));
            row.setLastError(error);
            row.setNextMillis(next.toEpochMilli());
            row.setClaimedMillis(null);
            row.save();
        });
    }

    @Override
    public void failed(long id, Optional<Integer> statusCode, String error) {
        deliveryRow(id).ifPresent(row -> {
            row.setStatus(DeliveryStatus.FAILED.name());
            row.setLastCode(statusCode.orElse(null));
            row.setLastError(error);
            row.setClaimedMillis(null);
            row.save();
        });
    }

    @Override
    public Optional<Delivery> delivery(long id) {
        return deliveryRow(id).map(AoWebhookStore::delivery);
    }

    @Override
    public List<Delivery> deliveries(DeliveryFilter filter, int limit) {
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        filter.endpointId().ifPresent(id -> {
            clauses.add(WebhookDeliveryEntity.ENDPOINT_ID + " = ?");
            values.add(id);
        });
        filter.status().ifPresent(status -> {
            clauses.add(WebhookDeliveryEntity.STATUS + " = ?");
            values.add(status.name());
        });
        filter.event().ifPresent(event -> {
            clauses.add(WebhookDeliveryEntity.EVENT + " = ?");
            values.add(event.name());
        });
        Query query = Query.select().order(WebhookDeliveryEntity.ID + " DESC").limit(limit);
        if (!clauses.isEmpty()) {
            query = query.where(String.join(" AND ", clauses), values.toArray());
        }
        return Arrays.stream(ao.find(WebhookDeliveryEntity.class, query)).map(AoWebhookStore::delivery).toList();
    }

    @Override
    public boolean resend(long id, Instant now) {
        return ao.executeInTransaction(() -> {
            Optional<WebhookDeliveryEntity> found = deliveryRow(id);
            if (found.isEmpty()) {
                return false;
            }
            WebhookDeliveryEntity row = found.get();
            row.setClaims(row.getClaims() + 1);
            row.save();
            WebhookDeliveryEntity[] rows = ao.find(WebhookDeliveryEntity.class, Query.select().where(WebhookDeliveryEntity.ID + " = ? AND "
                    + WebhookDeliveryEntity.STATUS + " IN (?, ?)", id, DeliveryStatus.DELIVERED.name(), DeliveryStatus.FAILED.name()));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setStatus(DeliveryStatus.PENDING.name());
            rows[0].setAttempts(0);
            rows[0].setNextMillis(now.toEpochMilli());
            rows[0].setClaimedMillis(null);
            rows[0].save();
            return true;
        });
    }

    private Optional<WebhookEndpointEntity> endpointRow(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(WebhookEndpointEntity.class, (int) id));
    }

    private Optional<WebhookDeliveryEntity> deliveryRow(long id) {
        WebhookDeliveryEntity[] rows = ao.find(WebhookDeliveryEntity.class, Query.select().where(WebhookDeliveryEntity.ID + " = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static String events(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::wireName).sorted().collect(Collectors.joining(","));
    }

    private static Endpoint endpoint(WebhookEndpointEntity row) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : row.getEvents().split(",")) {
            WebhookEvent.named(name).ifPresent(events::add);
        }
        return new Endpoint(row.getID(), row.getName(), row.getUrl(), events, row.isActive(), row.getSecretPrint(),
                Instant.ofEpochMilli(row.getSecretSetMillis()), row.getCreatedBy(), Instant.ofEpochMilli(row.getCreatedMillis()));
    }

    private static Delivery delivery(WebhookDeliveryEntity row) {
        return new Delivery(row.getId(), row.getDeliveryId(), row.getEndpointId(), WebhookEvent.valueOf(row.getEvent()), row.getDocKey(), row.getBody(),
                DeliveryStatus.valueOf(row.getStatus()), row.getAttempts(), Instant.ofEpochMilli(row.getCreatedMillis()),
                Instant.ofEpochMilli(row.getNextMillis()), Optional.ofNullable(row.getClaimedMillis()).map(Instant::ofEpochMilli),
                Optional.ofNullable(row.getLastCode()), Optional.ofNullable(row.getLastError()),
                Optional.ofNullable(row.getDeliveredMillis()).map(Instant::ofEpochMilli));
    }
}

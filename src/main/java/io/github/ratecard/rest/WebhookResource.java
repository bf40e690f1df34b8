package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.webhook.Delivery;
import io.github.ratecard.webhook.DeliveryStatus;
import io.github.ratecard.webhook.Endpoint;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookService;
import io.github.ratecard.webhook.WebhookStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /webhooks}: finance's endpoints (a secret is never returned, only whether one is set and its fingerprint; a
 * generated one once, in the answer that made it), test deliveries, the delivery log and re-sending; the administrator's
 * guard settings (reading them: finance too).
 */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class WebhookResource {

    private final WebhookService webhooks;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public WebhookResource(WebhookService webhooks, AccessPolicy access, SecureAdminSession secureSession) {
        this.webhooks = webhooks;
        this.access = access;
        this.secureSession = secureSession;
    }

    public record EndpointBody(String name, String url, List<String> events, Boolean active, String secret) {
    }

    public record SecretBody(String secret) {
    }

    public record SettingsBody(Boolean allowHttp, Boolean allowInternalTargets) {
    }

    public record EndpointDoc(long id, String name, String url, List<String> events, boolean active, String secret, String secretFingerprint,
                              String secretSetAt, String createdBy, String createdAt) {

        static EndpointDoc of(Endpoint endpoint) {
            return new EndpointDoc(endpoint.id(), endpoint.name(), endpoint.url(), endpoint.events().stream().map(WebhookEvent::wireName).sorted().toList(),
                    endpoint.active(), "set", endpoint.secretFingerprint(), endpoint.secretSetAt().toString(), endpoint.createdBy(),
                    endpoint.createdAt().toString());
        }
    }

    /** An endpoint, with {@code newSecret} only in the answer that generated it. */
    public record SavedDoc(EndpointDoc endpoint, String newSecret) {

        static SavedDoc of(WebhookService.WithSecret saved) {
            return new SavedDoc(EndpointDoc.of(saved.endpoint()), saved.newSecret().orElse(null));
        }
    }

    public record EndpointsDoc(List<EndpointDoc> endpoints) {
    }

    public record DeliveryDoc(long id, String deliveryId, long endpointId, String event, String document, String status, int attempts,
                              String createdAt, String nextAttemptAt, Integer lastStatusCode, String lastError, String deliveredAt) {

        static DeliveryDoc of(Delivery delivery) {
            boolean waiting = delivery.status() == DeliveryStatus.PENDING;
            return new DeliveryDoc(delivery.id(), delivery.deliveryId(), delivery.endpointId(), delivery.event().wireName(), delivery.document(),
                    delivery.status().name().toLowerCase(Locale.ROOT), delivery.attempts(), delivery.createdAt().toString(),
                    waiting ? delivery.nextAttemptAt().toString() : null, delivery.lastStatusCode().orElse(null), delivery.lastError().orElse(null),
                    delivery.deliveredAt().map(Instant::toString).orElse(null));
        }
    }

    public record DeliveriesDoc(List<DeliveryDoc> deliveries) {
    }

    public record SettingsDoc(boolean allowHttp, boolean allowInternalTargets) {
    }

    /** The registered webhook endpoints, never their secrets. */
    @GET
    @Path("endpoints")
    public EndpointsDoc endpoints() {
        requireFinance();
        return new EndpointsDoc(webhooks.endpoints().stream().map(EndpointDoc::of).toList());
    }

    /**
     * Registers a webhook endpoint (201); without a secret one is generated and returned
     * this once, and a URL the address guard refuses, or more than 50 endpoints, is refused.
     */
    @POST
    @Path("endpoints")
    public Response create(EndpointBody body) {
        requireFinance();
        EndpointBody given = Inputs.body(body);
        WebhookService.WithSecret saved = webhooks.create(input(given), by());
        return Response.status(Response.Status.CREATED).entity(SavedDoc.of(saved)).build();
    }

    /** The webhook endpoint with the id, without its secret. */
    @GET
    @Path("endpoints/{id}")
    public EndpointDoc endpoint(@PathParam("id") long id) {
        requireFinance();
        return EndpointDoc.of(webhooks.endpoint(id));
    }

    /** Changes the fields of the endpoint the body gives, never its secret. */
    @PUT
    @Path("endpoints/{id}")
    public EndpointDoc update(@PathParam("id") long id, EndpointBody body) {
        requireFinance();
        webhooks.endpoint(id);
        return EndpointDoc.of(webhooks.update(id, input(Inputs.body(body))));
    }

    /** Deletes the endpoint with its deliveries. */
    @DELETE
    @Path("endpoints/{id}")
    public Response delete(@PathParam("id") long id) {
        requireFinance();
        webhooks.delete(id);
        return Response.noContent().build();
    }

    /** A new secret: the one given, or (no body, or no {@code secret}) a generated one, returned this once. */
    @POST
    @Path("endpoints/{id}/secret")
    public SavedDoc rotateSecret(@PathParam("id") long id, SecretBody body) {
        requireFinance();
        webhooks.endpoint(id);
        String secret = body == null ? null : Inputs.body(body).secret();
        return SavedDoc.of(webhooks.rotateSecret(id, secret));
    }

    /** Sends a ping delivery to the endpoint now, active or not, and answers it as the delivery log shows it. */
    @POST
    @Path("endpoints/{id}/ping")
    public DeliveryDoc ping(@PathParam("id") long id) {
        requireFinance();
        return DeliveryDoc.of(webhooks.ping(id, by()));
    }

    /** The delivery log, newest first, of one endpoint, status or event if asked. */
    @GET
    @Path("deliveries")
    public DeliveriesDoc deliveries(@QueryParam("endpoint") Long endpoint, @QueryParam("status") String status, @QueryParam("event") String event,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        requireFinance();
        InputLimits.requirePageSize(limit, InputLimits.WEBHOOK_DELIVERIES_PAGE);
        return new DeliveriesDoc(webhooks.deliveries(filter(endpoint, status, event), limit).stream().map(DeliveryDoc::of).toList());
    }

    /**
     * Puts a delivered or failed delivery back in the queue, due now, under the
     * same delivery id; one still waiting or being sent is a conflict (409).
     */
    @POST
    @Path("deliveries/{id}/resend")
    public DeliveryDoc resend(@PathParam("id") long id) {
        requireFinance();
        return DeliveryDoc.of(webhooks.resend(id, by()));
    }

    /** Whether webhook endpoints may use http and reach internal addresses (loopback, private, link-local). */
    @GET
    @Path("settings")
    public SettingsDoc settings() {
        access.requireSignedIn();
        access.requireFinanceOrAdmin();
        secureSession.require(httpRequest);
        return new SettingsDoc(webhooks.allowHttp(), webhooks.allowInternalTargets());
    }

    /** Sets whether webhook endpoints may use http and reach internal addresses; both are required. */
    @PUT
    @Path("settings")
    public SettingsDoc changeSettings(SettingsBody body) {
        access.requireSignedIn();
        access.requireAdmin();
        secureSession.require(httpRequest);
        SettingsBody given = Inputs.body(body);
        InvalidInputException.require(given.allowHttp() != null, "allowHttp", "allowHttp is required (true or false)");
        InvalidInputException.require(given.allowInternalTargets() != null, "allowInternalTargets", "allowInternalTargets is required (true or false)");
        webhooks.changeSecurity(given.allowHttp(), given.allowInternalTargets());
        return new SettingsDoc(webhooks.allowHttp(), webhooks.allowInternalTargets());
    }

    static WebhookStore.DeliveryFilter filter(Long endpoint, String status, String event) {
        Optional<DeliveryStatus> state = Optional.empty();
        if (status != null && !status.isBlank()) {
            try {
                state = Optional.of(DeliveryStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "status is pending, sending, delivered or failed, was: " + status);
            }
        }
        Optional<WebhookEvent> kind = Optional.empty();
        if (event != null && !event.isBlank()) {
            kind = WebhookEvent.named(event);
            InvalidInputException.require(kind.isPresent(), "event", "Unknown event " + event);
        }
        return new WebhookStore.DeliveryFilter(Optional.ofNullable(endpoint), state, kind);
    }

    private static WebhookService.EndpointInput input(EndpointBody body) {
        return new WebhookService.EndpointInput(body.name(), body.url(), body.events(), body.active(), body.secret());
    }

    private void requireFinance() {
        access.requireSignedIn();
        access.requireFinance();
    }

    private String by() {
        return access.currentViewer().map(Viewer::userKey).orElseThrow();
    }
}

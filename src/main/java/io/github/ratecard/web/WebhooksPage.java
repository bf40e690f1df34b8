package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.webhook.Delivery;
import io.github.ratecard.webhook.DeliveryStatus;
import io.github.ratecard.webhook.Endpoint;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookService;
import io.github.ratecard.webhook.WebhookStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The read model of the webhooks page: finance's endpoints and the newest deliveries under the filters. */
public final class WebhooksPage {

    static final int ROWS = 100;

    private final WebhookService webhooks;
    private final I18nResolver i18n;
    private final Supplier<ZoneId> zone;
    private final Supplier<Locale> locale;

    public WebhooksPage(WebhookService webhooks, I18nResolver i18n, Supplier<ZoneId> zone, Supplier<Locale> locale) {
        this.webhooks = webhooks;
        this.i18n = i18n;
        this.zone = zone;
        this.locale = locale;
    }

    /** The log under the filters (each empty or null for any), at most {@value #ROWS} rows, the newest first. */
    public WebhooksView viewOf(Long endpointId, Optional<DeliveryStatus> status, Optional<WebhookEvent> event) {
        ViewerFormat format = new ViewerFormat(i18n, locale.get());
        List<Endpoint> endpoints = webhooks.endpoints();
        Map<Long, String> names = endpoints.stream().collect(Collectors.toMap(Endpoint::id, Endpoint::name));
        List<Choice> endpointChoices = new ArrayList<>();
        endpointChoices.add(new Choice("", format.text("ratecard.webhooks.filter.any"), endpointId == null));
        endpoints.forEach(e -> endpointChoices.add(new Choice(String.valueOf(e.id()), e.name(), Long.valueOf(e.id()).equals(endpointId))));
        List<Choice> statuses = new ArrayList<>();
        statuses.add(new Choice("", format.text("ratecard.webhooks.filter.any"), status.isEmpty()));
        for (DeliveryStatus each : DeliveryStatus.values()) {
            statuses.add(new Choice(key(each), statusText(format, each), status.map(each::equals).orElse(false)));
        }
        List<Choice> events = new ArrayList<>();
        events.add(new Choice("", format.text("ratecard.webhooks.filter.any"), event.isEmpty()));
        for (WebhookEvent each : WebhookEvent.values()) {
            events.add(new Choice(each.wireName(), each.wireName(), event.map(each::equals).orElse(false)));
        }
        Function<Instant, String> time = at -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale.get())
                .format(at.atZone(zone.get()));
        List<WebhookDeliveryRow> rows = webhooks.deliveries(new WebhookStore.DeliveryFilter(Optional.ofNullable(endpointId), status, event), ROWS).stream()
                .map(delivery -> row(delivery, names, format, time)).toList();
        List<WebhookEventChoice> subscribable = new ArrayList<>();
        for (WebhookEvent each : WebhookEvent.values()) {
            if (each.subscribable()) {
                subscribable.add(new WebhookEventChoice(each.wireName(), eventText(format, each)));
            }
        }
        return new WebhooksView(endpoints.stream().map(e -> endpointRow(e, format, time)).toList(), endpointChoices, statuses, events, rows,
                format.text(webhooks.allowHttp() ? "ratecard.webhooks.guard.http" : "ratecard.webhooks.guard.https") + " "
                        + format.text(webhooks.allowInternalTargets() ? "ratecard.webhooks.guard.internal" : "ratecard.webhooks.guard.public"),
                subscribable);
    }

    private WebhookEndpointRow endpointRow(Endpoint endpoint, ViewerFormat format, Function<Instant, String> time) {
        Optional<Delivery> last = webhooks.deliveries(new WebhookStore.DeliveryFilter(Optional.of(endpoint.id()), Optional.empty(), Optional.empty()), 1)
                .stream().findFirst();
        int waiting = webhooks.deliveries(new WebhookStore.DeliveryFilter(Optional.of(endpoint.id()), Optional.of(DeliveryStatus.PENDING),
                Optional.empty()), InputLimits.WEBHOOK_DELIVERIES_PAGE).size();
        List<String> names = endpoint.events().stream().map(WebhookEvent::wireName).sorted().toList();
        return new WebhookEndpointRow(endpoint.id(), endpoint.name(), endpoint.url(),
                endpoint.events().stream().sorted().map(e -> eventText(format, e)).collect(Collectors.joining(", ")), names, endpoint.active(),
                format.text(endpoint.active() ? "ratecard.webhooks.active" : "ratecard.webhooks.inactive"), endpoint.secretFingerprint(),
                last.map(d -> statusText(format, d.status())).orElse(""), last.map(d -> lozenge(d.status())).orElse(""),
                last.map(d -> time.apply(d.createdAt())).orElse(""), last.flatMap(Delivery::lastStatusCode).map(String::valueOf).orElse(""), waiting);
    }

    /** An event in the viewer's words, with its wire name, which the receiver sees. */
    private static String eventText(ViewerFormat format, WebhookEvent event) {
        String key = "ratecard.webhooks.event." + event.wireName();
        String words = format.text(key);
        return words == null || words.isBlank() || words.equals(key) ? event.wireName() : words + " (" + event.wireName() + ")";
    }

    private static WebhookDeliveryRow row(Delivery delivery, Map<Long, String> names, ViewerFormat format, Function<Instant, String> time) {
        boolean done = delivery.status() == DeliveryStatus.DELIVERED || delivery.status() == DeliveryStatus.FAILED;
        return new WebhookDeliveryRow(delivery.id(), time.apply(delivery.createdAt()), names.getOrDefault(delivery.endpointId(), ""),
                delivery.event().wireName(), delivery.document(), statusText(format, delivery.status()), lozenge(delivery.status()),
                delivery.lastStatusCode().map(String::valueOf).orElse(""), delivery.attempts(),
                delivery.status() == DeliveryStatus.PENDING ? time.apply(delivery.nextAttemptAt()) : "", delivery.lastError().orElse(""), done);
    }

    private static String key(DeliveryStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String statusText(ViewerFormat format, DeliveryStatus status) {
        return switch (status) {
            case PENDING -> format.text("ratecard.webhooks.status.pending");
            case SENDING -> format.text("ratecard.webhooks.status.sending");
            case DELIVERED -> format.text("ratecard.webhooks.status.delivered");
            case FAILED -> format.text("ratecard.webhooks.status.failed");
        };
    }

    private static String lozenge(DeliveryStatus status) {
        return switch (status) {
            case PENDING, SENDING -> "aui-lozenge-current";
            case DELIVERED -> "aui-lozenge-success";
            case FAILED -> "aui-lozenge-error";
        };
    }
}

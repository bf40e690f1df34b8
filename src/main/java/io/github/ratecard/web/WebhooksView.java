package io.github.ratecard.web;

import java.util.List;

/** The webhooks page, ready to print (the template escapes every value): the endpoints, the log's filters and its rows. */
public record WebhooksView(List<WebhookEndpointRow> endpoints, List<Choice> endpointChoices, List<Choice> statuses,
                           List<Choice> events, List<WebhookDeliveryRow> deliveries, String guard,
                           List<WebhookEventChoice> subscribable) {

    public List<WebhookEndpointRow> getEndpoints() {
        return endpoints;
    }

    public boolean isNoEndpoints() {
        return endpoints.isEmpty();
    }

    public List<Choice> getEndpointChoices() {
        return endpointChoices;
    }

    public List<Choice> getStatuses() {
        return statuses;
    }

    public List<Choice> getEvents() {
        return events;
    }

    public List<WebhookDeliveryRow> getDeliveries() {
        return deliveries;
    }

    public boolean isNoDeliveries() {
        return deliveries.isEmpty();
    }

    /** The events the endpoint form offers as checkboxes. */
    public List<WebhookEventChoice> getSubscribable() {
        return subscribable;
    }

    /** What the administrator's guard settings allow, in words. */
    public String getGuard() {
        return guard;
    }
}

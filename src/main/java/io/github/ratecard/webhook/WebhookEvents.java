package io.github.ratecard.webhook;

import java.util.Map;

/**
 * Where the app's services announce what happened. Each call queues one delivery per active endpoint
 * subscribed to the event, in the caller's transaction when there is one (so an event that is undone is
 * never sent). {@code document} names the thing the event is about (e.g. {@code invoice:42}): deliveries
 * of one document reach an endpoint in the order they were published. {@code data} holds strings,
 * numbers, booleans, lists and maps.
 */
public interface WebhookEvents {

    WebhookEvents NONE = (event, document, data) -> { };

    void publish(WebhookEvent event, String document, Map<String, Object> data);
}

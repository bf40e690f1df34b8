package io.github.ratecard.insight.hints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who asked for the weekly hints e-mail. Whether the subscriber is finance is noted when they
 * subscribe (the job has no signed-in user to ask): finance gets every open hint, others the hints
 * about projects they lead.
 */
public interface DigestSubscriptions {

    record Subscription(String userKey, boolean finance, Instant since, Optional<Instant> lastSent) {
    }

    Optional<Subscription> of(String userKey);

    List<Subscription> all();

    void subscribe(String userKey, boolean finance, Instant at);

    void unsubscribe(String userKey);

    void sent(String userKey, Instant at);
}

package io.github.ratecard.insight.hints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who asked for the weekly hints e-mail. {@code finance} records whether they were finance when they
 * subscribed; what they get is decided by who they are when the e-mail is due ({@link DigestRecipients}).
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

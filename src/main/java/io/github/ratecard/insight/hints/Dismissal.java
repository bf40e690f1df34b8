package io.github.ratecard.insight.hints;

import java.time.Instant;
import java.util.Objects;

/** Who dismissed a hint, when, why, and its size then (a dismissed hint opens again when it grows past the threshold). */
public record Dismissal(String byUserKey, Instant at, String reason, long magnitude) {

    public Dismissal {
        Objects.requireNonNull(byUserKey, "byUserKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}

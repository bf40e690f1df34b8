package io.github.ratecard.approval;

import java.time.Instant;
import java.util.Objects;

/** One close or reopen of a month: who, when, and the reason (required for a reopen, optional for a close). */
public record CloseEvent(CloseAction action, String byUserKey, Instant at, String reason) {

    public CloseEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}

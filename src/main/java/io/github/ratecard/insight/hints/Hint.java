package io.github.ratecard.insight.hints;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stored hint: its latest finding, its state, when it was first and last found, and its dismissal if any. */
public record Hint(long id, Finding finding, HintState state, Instant firstSeen, Instant lastSeen, Optional<Dismissal> dismissal) {

    public Hint {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dismissal, "dismissal");
    }

    public String fingerprint() {
        return finding.fingerprint();
    }
}

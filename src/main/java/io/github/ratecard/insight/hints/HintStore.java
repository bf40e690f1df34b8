package io.github.ratecard.insight.hints;

import java.util.List;
import java.util.Optional;

/** The stored hints: at most a few per account and rule, so reading them all is bounded. */
public interface HintStore {

    List<Hint> all();

    Optional<Hint> hint(long id);

    /** Inserts a hint whose fingerprint is new (id 0). */
    void save(Hint hint);

    /** Inserts hints whose fingerprints are new (id 0), together. */
    default void saveAll(List<Hint> hints) {
        hints.forEach(this::save);
    }

    /** A found hint's latest finding and when it was last seen; never its state or dismissal. */
    default void refresh(long id, Finding finding, java.time.Instant lastSeen) {
        refresh(List.of(new HintReconciler.Refresh(id, finding)), lastSeen);
    }

    /** Found hints' latest findings and when they were last seen (a hint gone meanwhile is left out); never their state or dismissal. */
    void refresh(List<HintReconciler.Refresh> found, java.time.Instant lastSeen);

    /**
     * Moves the hint to {@code to} with {@code dismissal} (empty clears it), only if it is still in
     * {@code from}; false when someone changed it since it was read (or it is gone).
     */
    boolean changeState(long id, HintState from, HintState to, Optional<Dismissal> dismissal);
}

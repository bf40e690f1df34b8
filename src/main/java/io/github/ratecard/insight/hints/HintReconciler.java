package io.github.ratecard.insight.hints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges a run's findings into the stored hints, keeping each hint's identity (its fingerprint):
 * a new finding opens a hint; a found hint takes the new figures; an open hint no longer found is
 * resolved (and opens again when found again); a dismissed hint stays dismissed unless its size
 * grew by more than {@link #REOPEN_GROWTH_PERCENT} % over its size when dismissed. The state changes
 * name the state they were decided from, so that a dismissal made after the run read the hints wins.
 */
public final class HintReconciler {

    public static final int REOPEN_GROWTH_PERCENT = 25;

    /** New hints, found hints' new figures, and state changes; {@code seen} is the run's time. */
    public record Plan(List<Hint> opened, List<Refresh> refreshed, List<StateChange> stateChanges, Instant seen) {
    }

    /** Stored hint {@code id} was found again with {@code finding}. */
    public record Refresh(long id, Finding finding) {
    }

    /** Hint {@code id} goes from {@code from} to {@code to} (its dismissal, if any, is dropped). */
    public record StateChange(long id, HintState from, HintState to) {
    }

    private HintReconciler() {
    }

    public static Plan reconcile(List<Hint> stored, List<Finding> findings, Instant now) {
        Map<String, Hint> byFingerprint = new HashMap<>();
        stored.forEach(hint -> byFingerprint.put(hint.fingerprint(), hint));
        Map<String, Finding> found = new LinkedHashMap<>();
        findings.forEach(finding -> found.merge(finding.fingerprint(), finding, (a, b) -> a));
        List<Hint> opened = new ArrayList<>();
        List<Refresh> refreshed = new ArrayList<>();
        List<StateChange> changes = new ArrayList<>();
        for (Finding finding : found.values()) {
            Hint hint = byFingerprint.get(finding.fingerprint());
            if (hint == null) {
                opened.add(new Hint(0, finding, HintState.OPEN, now, now, Optional.empty()));
                continue;
            }
            refreshed.add(new Refresh(hint.id(), finding));
            boolean reopens = switch (hint.state()) {
                case OPEN -> false;
                case RESOLVED -> true;
                case DISMISSED -> grewPastThreshold(hint.dismissal().orElseThrow(), finding);
            };
            if (reopens) {
                changes.add(new StateChange(hint.id(), hint.state(), HintState.OPEN));
            }
        }
        for (Hint hint : stored) {
            if (hint.state() == HintState.OPEN && !found.containsKey(hint.fingerprint())) {
                changes.add(new StateChange(hint.id(), HintState.OPEN, HintState.RESOLVED));
            }
        }
        return new Plan(opened, refreshed, changes, now);
    }

    static boolean grewPastThreshold(Dismissal dismissal, Finding finding) {
        BigDecimal limit = BigDecimal.valueOf(dismissal.magnitude()).multiply(BigDecimal.valueOf(100 + REOPEN_GROWTH_PERCENT))
                .divide(BigDecimal.valueOf(100));
        return BigDecimal.valueOf(finding.magnitude()).compareTo(limit) > 0;
    }
}

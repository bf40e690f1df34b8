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
 * grew by more than {@link #REOPEN_GROWTH_PERCENT} % over its size when dismissed. Returns only the
 * hints that changed.
 */
public final class HintReconciler {

    public static final int REOPEN_GROWTH_PERCENT = 25;

    private HintReconciler() {
    }

    public static List<Hint> reconcile(List<Hint> stored, List<Finding> findings, Instant now) {
        Map<String, Hint> byFingerprint = new HashMap<>();
        stored.forEach(hint -> byFingerprint.put(hint.fingerprint(), hint));
        Map<String, Finding> found = new LinkedHashMap<>();
        findings.forEach(finding -> found.merge(finding.fingerprint(), finding, (a, b) -> a));
        List<Hint> changed = new ArrayList<>();
        for (Finding finding : found.values()) {
            Hint hint = byFingerprint.get(finding.fingerprint());
            if (hint == null) {
                changed.add(new Hint(0, finding, HintState.OPEN, now, now, Optional.empty()));
            } else {
                HintState state = switch (hint.state()) {
                    case OPEN, RESOLVED -> HintState.OPEN;
                    case DISMISSED -> grewPastThreshold(hint.dismissal().orElseThrow(), finding) ? HintState.OPEN : HintState.DISMISSED;
                };
                changed.add(new Hint(hint.id(), finding, state, hint.firstSeen(), now,
                        state == HintState.DISMISSED ? hint.dismissal() : Optional.empty()));
            }
        }
        for (Hint hint : stored) {
            if (hint.state() == HintState.OPEN && !found.containsKey(hint.fingerprint())) {
                changed.add(new Hint(hint.id(), hint.finding(), HintState.RESOLVED, hint.firstSeen(), hint.lastSeen(), Optional.empty()));
            }
        }
        return changed;
    }

    static boolean grewPastThreshold(Dismissal dismissal, Finding finding) {
        BigDecimal limit = BigDecimal.valueOf(dismissal.magnitude()).multiply(BigDecimal.valueOf(100 + REOPEN_GROWTH_PERCENT))
                .divide(BigDecimal.valueOf(100));
        return BigDecimal.valueOf(finding.magnitude()).compareTo(limit) > 0;
    }
}

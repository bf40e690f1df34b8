package io.github.ratecard.rates;

import java.util.List;
import java.util.Optional;

/**
 * The one rule for effective-dated entries of one scope (the rates of one scope, the level
 * assignments of one user): periods never overlap. A new period that starts after the start
 * of the open-ended entry closes that entry the day before (the usual "new rate from next
 * month"); any other overlap is rejected, naming the entry it clashes with.
 */
public final class EffectiveSchedule {

    private EffectiveSchedule() {
    }

    public static SchedulePlan plan(List<? extends Dated> existing, EffectivePeriod requested) {
        return plan(existing, requested, -1);
    }

    /** As {@link #plan(List, EffectivePeriod)}, ignoring entry {@code replacingId} (for an edit of that entry). */
    public static SchedulePlan plan(List<? extends Dated> existing, EffectivePeriod requested, long replacingId) {
        Optional<SchedulePlan.Closing> closing = Optional.empty();
        for (Dated entry : existing) {
            if (entry.id() == replacingId || !entry.period().overlaps(requested)) {
                continue;
            }
            EffectivePeriod period = entry.period();
            if (period.isOpenEnded() && period.validFrom().isBefore(requested.validFrom()) && closing.isEmpty()) {
                closing = Optional.of(new SchedulePlan.Closing(entry.id(), period.endingOn(requested.validFrom().minusDays(1))));
            } else {
                throw new OverlapException(entry, requested);
            }
        }
        return new SchedulePlan(closing);
    }
}

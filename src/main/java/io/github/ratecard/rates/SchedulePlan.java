package io.github.ratecard.rates;

import java.util.Optional;

/** How a new period fits into a schedule: optionally closing the open-ended entry it starts inside. */
public record SchedulePlan(Optional<Closing> closing) {

    /** Entry {@code id} will end on {@code newPeriod.validTo()}. */
    public record Closing(long id, EffectivePeriod newPeriod) {
    }

    static SchedulePlan nothingToClose() {
        return new SchedulePlan(Optional.empty());
    }
}

package io.github.ratecard.rates;

import java.util.Objects;

/** A stored rate: an hourly amount for one scope over one period. */
public record Rate(long id, RateScope scope, HourlyRate hourly, EffectivePeriod period) implements Dated {

    public Rate {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(hourly, "hourly");
        Objects.requireNonNull(period, "period");
    }

    public RateType type() {
        return scope.type();
    }

    @Override
    public String label() {
        return "rate " + id() + " (" + hourly.display() + ")";
    }

    public Rate withPeriod(EffectivePeriod newPeriod) {
        return new Rate(id, scope, hourly, newPeriod);
    }
}

package io.github.ratecard.billing;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.util.Objects;

/**
 * How an account turns worked time into billed time: round to an increment of 1–60 minutes,
 * up or to the nearest (ties up), then at least a minimum per worklog. No work bills nothing.
 */
public record BilledTimeRule(int incrementMinutes, Mode mode, int minimumMinutes) {

    public enum Mode { UP, NEAREST }

    /** One-minute increments rounded up, no minimum. */
    public static final BilledTimeRule EXACT_MINUTES = new BilledTimeRule(1, Mode.UP, 0);

    public BilledTimeRule {
        InvalidInputException.require(incrementMinutes >= 1 && incrementMinutes <= InputLimits.INCREMENT_MINUTES, "incrementMinutes",
                "The billing increment must be between 1 and " + InputLimits.INCREMENT_MINUTES + " minutes, was " + incrementMinutes);
        InvalidInputException.require(mode != null, "roundingMode", "The rounding mode must be UP or NEAREST");
        InvalidInputException.require(minimumMinutes >= 0 && minimumMinutes <= InputLimits.MINIMUM_MINUTES, "minimumMinutes",
                "The minimum per worklog must be between 0 and " + InputLimits.MINIMUM_MINUTES + " minutes, was " + minimumMinutes);
        Objects.requireNonNull(mode);
    }

    public long billedSeconds(long workedSeconds) {
        if (workedSeconds <= 0) {
            return 0;
        }
        long increment = incrementMinutes * 60L;
        long increments = mode == Mode.UP
                ? (workedSeconds + increment - 1) / increment
                : (workedSeconds + increment / 2) / increment;
        return Math.max(increments * increment, minimumMinutes * 60L);
    }
}

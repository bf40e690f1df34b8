package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;

/**
 * What happens to a retainer's unused hours at the end of a period: at most {@code limitSeconds} carry into the next
 * period (0: nothing does), and hours prepaid in one period lapse at the end of the {@code expiresAfterPeriods}-th period
 * after it (0: never). Hours beyond the limit lapse too, the oldest first.
 */
public record Rollover(long limitSeconds, int expiresAfterPeriods) {

    public static final Rollover NONE = new Rollover(0, 0);
    public static final int NEVER = 0;

    public Rollover {
        ContractLimits.requireHours(limitSeconds, ContractLimits.ROLLOVER_HOURS, "rolloverLimitSeconds");
        InvalidInputException.require(expiresAfterPeriods >= 0 && expiresAfterPeriods <= ContractLimits.EXPIRY_PERIODS,
                "expiresAfterPeriods", "expiresAfterPeriods must be from 0 (never) to " + ContractLimits.EXPIRY_PERIODS,
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, 0, ContractLimits.EXPIRY_PERIODS));
    }

    /** Carries up to {@code limitSeconds}, which never expire while the retainer runs. */
    public static Rollover upTo(long limitSeconds) {
        return new Rollover(limitSeconds, NEVER);
    }

    public Rollover expiringAfter(int periods) {
        return new Rollover(limitSeconds, periods);
    }

    public boolean carries() {
        return limitSeconds > 0;
    }

    public boolean expires() {
        return expiresAfterPeriods != NEVER;
    }
}

package io.github.ratecard.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract reached one of its alert thresholds: the retainer balance of a period or the cap was used up to
 * {@code threshold} percent. Raised once per account, kind, period and threshold; {@code period} of a total cap runs
 * from the cap's first month, so a total cap alerts once for its whole run. {@code consumedPercent} is empty when the
 * period had no balance at all to use (all its work is overage).
 */
public record ThresholdCrossing(String accountKey, Kind kind, ContractPeriod period, int threshold, Optional<BigDecimal> consumedPercent,
                                Instant raisedAt) {

    public enum Kind {
        RETAINER,
        CAP
    }

    public ThresholdCrossing {
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(consumedPercent, "consumedPercent");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** What makes a crossing the same crossing: the account, the kind, the period's first month and the threshold. */
    public String dedupKey() {
        return accountKey + ":" + kind + ":" + period.first() + ":" + threshold;
    }
}

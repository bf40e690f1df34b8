package io.github.ratecard.contract;

import java.util.Objects;

/**
 * What one period of a retainer's ledger is computed from: its terms, the billed time it used (see
 * {@link ContractUsage}), the sum of its balance adjustments, and whether the retainer ends with it, so its balance
 * lapses.
 */
public record RetainerPeriod(ContractPeriod period, Retainer terms, long usedSeconds, long adjustmentSeconds, boolean endsRetainer) {

    public RetainerPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(terms, "terms");
        if (usedSeconds < 0) {
            throw new IllegalArgumentException("Used time cannot be negative, was " + usedSeconds);
        }
    }
}

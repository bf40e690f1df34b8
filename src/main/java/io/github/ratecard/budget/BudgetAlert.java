package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A budget crossed one of its thresholds in a period: raised once per budget, threshold, period
 * and version of the budget (a changed budget is a new version, so crossing again after a change
 * alerts again). {@code basis} says whether money or hours crossed it.
 */
public record BudgetAlert(long id, long budgetId, int threshold, DateRange period, String budgetVersion, Basis basis,
                          BigDecimal consumedPercent, Instant raisedAt) {

    public enum Basis {
        MONEY,
        HOURS
    }

    public BudgetAlert {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(budgetVersion, "budgetVersion");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(consumedPercent, "consumedPercent");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** What makes an alert the same alert: the budget, its version, the threshold and the period. */
    public String dedupKey() {
        return budgetId + ":" + budgetVersion + ":" + threshold + ":" + period.first();
    }
}

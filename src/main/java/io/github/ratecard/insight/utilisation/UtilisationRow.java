package io.github.ratecard.insight.utilisation;

import java.math.BigDecimal;

/**
 * One row of the report: a person, level, team or month with its seconds of capacity, logged
 * and billable work, and its billable target (null without one). The percentages and the state
 * are derived from those figures.
 */
public record UtilisationRow(String key, String label, long capacitySeconds, long loggedSeconds, long billableSeconds, BigDecimal target) {

    /** Logged ÷ capacity in percent; null when there is no capacity. */
    public BigDecimal utilisation() {
        return Percent.of(loggedSeconds, capacitySeconds);
    }

    /** Billable logged ÷ capacity in percent; null when there is no capacity. */
    public BigDecimal billableUtilisation() {
        return Percent.of(billableSeconds, capacitySeconds);
    }

    public TargetState state() {
        return TargetState.of(billableUtilisation(), target);
    }

    public boolean hasCapacity() {
        return capacitySeconds != 0;
    }
}

package io.github.ratecard.insight.utilisation;

import java.math.BigDecimal;

/**
 * Where a billable utilisation stands against its target: within {@link #TOLERANCE} percentage
 * points either side (both ends included) is ON.
 */
public enum TargetState {
    UNDER, ON, OVER;

    /** 2.5 percentage points: a target of 85 % is met from 82.5 % to 87.5 %. */
    public static final BigDecimal TOLERANCE = new BigDecimal("2.5");

    /** The state, or null when there is no figure or no target to compare. */
    public static TargetState of(BigDecimal billableUtilisation, BigDecimal target) {
        if (billableUtilisation == null || target == null) {
            return null;
        }
        if (billableUtilisation.compareTo(target.subtract(TOLERANCE)) < 0) {
            return UNDER;
        }
        return billableUtilisation.compareTo(target.add(TOLERANCE)) > 0 ? OVER : ON;
    }
}

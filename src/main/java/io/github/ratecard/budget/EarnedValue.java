package io.github.ratecard.budget;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Earned-value figures of a budget on a day: earned value = budget × progress, where progress is
 * Jira's time spent / (time spent + remaining estimate); CPI = earned / actual (above 1: cheaper
 * than planned); SPI = earned / planned (above 1: ahead). An index is empty where its divisor is zero.
 */
public record EarnedValue(BigDecimal progress, Money earned, Optional<BigDecimal> costPerformance, Optional<BigDecimal> schedulePerformance) {

    public static EarnedValue of(BudgetStatus status, long spentSeconds, long remainingEstimateSeconds) {
        long known = spentSeconds + remainingEstimateSeconds;
        BigDecimal progress = known == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(spentSeconds).divide(BigDecimal.valueOf(known), 4, RoundingMode.HALF_UP);
        Money earned = status.budget().times(progress);
        return new EarnedValue(progress, earned, index(earned, status.actual()), index(earned, status.planned()));
    }

    private static Optional<BigDecimal> index(Money numerator, Money denominator) {
        if (denominator.isZero()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator.minorUnits()).divide(BigDecimal.valueOf(denominator.minorUnits()), 2, RoundingMode.HALF_UP));
    }
}

package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a budget stands on a day, for the period that holds the day: what was spent and how much
 * of the budget that is, what is left, what the plan says should be spent by now, the forecast
 * at the period's end from the recent burn rate, the variance (budget − forecast), the day the
 * budget is forecast to run out (empty when it will not within the period), and the thresholds
 * crossed. Computed, never stored.
 */
public record BudgetStatus(DateRange period, LocalDate asOf, Money budget, Money actual, BigDecimal consumedPercent, Money remaining,
                           Money planned, Money burnPerDay, Money forecast, Money variance, Optional<LocalDate> runOut,
                           List<Integer> crossedThresholds) {

    public boolean isOver() {
        return actual.compareTo(budget) > 0;
    }

    public boolean isForecastOver() {
        return variance.isNegative();
    }
}

package io.github.ratecard.budget;

import java.util.List;
import java.util.Optional;

/**
 * Everything the budget page and the REST API show for one budget on a day: the money status
 * (when the budget has an amount), the hours status (when it has hours), what the money is made
 * of, earned value, the bottom-up forecast and the burn per period of the budget's range.
 */
public record BudgetReport(Budget budget, Optional<BudgetStatus> money, Optional<HoursStatus> hours, Optional<CostBreakdown> breakdown,
                           Optional<EarnedValue> earnedValue, Optional<BottomUpForecast> bottomUp, List<PeriodFigure> periods) {

    public BudgetReport {
        periods = List.copyOf(periods);
    }

    /** The money (null for an hours-only budget) and seconds used in one period of the budget's range. */
    public record PeriodFigure(DateRange period, io.github.ratecard.money.Money spent, long seconds) {
    }

    /** The thresholds reached in the current period, by money or by hours. */
    public List<Integer> crossedThresholds() {
        java.util.TreeSet<Integer> crossed = new java.util.TreeSet<>();
        money.ifPresent(status -> crossed.addAll(status.crossedThresholds()));
        hours.ifPresent(status -> crossed.addAll(status.crossedThresholds()));
        return List.copyOf(crossed);
    }
}

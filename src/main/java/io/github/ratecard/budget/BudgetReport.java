package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the budget page and the REST API show for one budget on a day, computed from one
 * reading of its figures: the current period, the money status (when the budget has an amount),
 * the hours status (when it has hours), what the money is made of, earned value, the bottom-up
 * forecast, the spending per period of the budget's range and the current period's burn (empty
 * for a budget of hours only).
 */
public record BudgetReport(Budget budget, DateRange period, Optional<BudgetStatus> money, Optional<HoursStatus> hours,
                           Optional<CostBreakdown> breakdown, Optional<EarnedValue> earnedValue, Optional<BottomUpForecast> bottomUp,
                           List<PeriodFigure> periods, List<BurnPoint> burn) {

    public BudgetReport {
        periods = List.copyOf(periods);
        burn = List.copyOf(burn);
    }

    /**
     * One period of the budget's range up to the day: what was agreed for it (null when nothing
     * was, as for a whole-range budget without amounts per month), the money spent (null for an
     * hours-only budget), the seconds used and the percent of the agreed amount spent (null
     * without both).
     */
    public record PeriodFigure(DateRange period, Money agreed, Money spent, long seconds, BigDecimal consumedPercent) {
    }

    /** The thresholds reached in the current period, by money or by hours. */
    public List<Integer> crossedThresholds() {
        TreeSet<Integer> crossed = new TreeSet<>();
        money.ifPresent(status -> crossed.addAll(status.crossedThresholds()));
        hours.ifPresent(status -> crossed.addAll(status.crossedThresholds()));
        return List.copyOf(crossed);
    }
}

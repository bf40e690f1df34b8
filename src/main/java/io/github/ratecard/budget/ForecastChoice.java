package io.github.ratecard.budget;

import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which forecast a money budget's verdict stands on, and the others shown beside it as
 * alternatives. The rule, top to bottom:
 * <ol>
 *   <li>the period has not started: no forecast ({@link Basis#NOT_STARTED});</li>
 *   <li>the period is over (its last day has passed; on that day work may still be logged): the actual spending is final ({@link Basis#FINAL});</li>
 *   <li>the period is the budget's last (a budget over its whole range has only one), the open
 *       issues carry remaining estimates and every one of them is priced: the bottom-up forecast
 *       ({@link Basis#BOTTOM_UP}), since it follows the work that is left;</li>
 *   <li>otherwise the run-rate forecast ({@link Basis#RUN_RATE}), the pace of the recent weeks
 *       carried to the period's end.</li>
 * </ol>
 * While the period runs, the other forecasts are the alternatives, but only in the budget's last
 * period: the remaining estimates and the earned value's progress belong to no period, so against
 * one month of a longer budget they say nothing. The earned-value forecast (budget ÷ CPI) is never
 * the verdict: its progress counts all of the scope's logged and estimated time.
 */
public final class ForecastChoice {

    public enum Basis {
        NOT_STARTED,
        FINAL,
        BOTTOM_UP,
        RUN_RATE,
        EARNED_VALUE
    }

    /** One forecast at the period's end and its variance (budget − forecast, negative when over). */
    public record Forecast(Basis basis, Money atCompletion, Money variance) {

        public boolean isOver() {
            return variance.isNegative();
        }

        /** How far over or under the budget the forecast lands, in percent of the budget, one decimal. */
        public BigDecimal distancePercent(Money budget) {
            if (budget.isZero()) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(Math.abs(variance.minorUnits())).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(budget.minorUnits()), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * The verdict's forecast (empty before the period starts) and the alternatives, in the order the page lists them;
     * {@code lastPeriod}: whether the period is the budget's last, the only one the estimates can be measured against.
     */
    public record Choice(Basis basis, Optional<Forecast> verdict, List<Forecast> alternatives, boolean lastPeriod) {

        public Choice {
            alternatives = List.copyOf(alternatives);
        }
    }

    private ForecastChoice() {
    }

    /** The choice for a budget's status, given the budget's last day. */
    public static Choice of(BudgetStatus status, LocalDate budgetEnd, Optional<BottomUpForecast> bottomUp, Optional<EarnedValue> earned) {
        boolean lastPeriod = !status.period().last().isBefore(budgetEnd);
        Forecast runRate = new Forecast(Basis.RUN_RATE, status.forecast(), status.variance());
        Optional<Forecast> estimates = bottomUp.map(b -> new Forecast(Basis.BOTTOM_UP, b.forecast(), b.variance()));
        Optional<Forecast> performance = earned.flatMap(e -> earnedValueForecast(status, e));
        Basis basis = basisOf(status, lastPeriod, bottomUp);
        Optional<Forecast> verdict = switch (basis) {
            case NOT_STARTED -> Optional.empty();
            case FINAL -> Optional.of(new Forecast(Basis.FINAL, status.actual(), status.budget().minus(status.actual())));
            case BOTTOM_UP -> estimates;
            default -> Optional.of(runRate);
        };
        List<Forecast> alternatives = new ArrayList<>();
        if (lastPeriod && (basis == Basis.BOTTOM_UP || basis == Basis.RUN_RATE)) {
            if (basis != Basis.RUN_RATE) {
                alternatives.add(runRate);
            }
            estimates.filter(e -> basis != Basis.BOTTOM_UP).ifPresent(alternatives::add);
            performance.ifPresent(alternatives::add);
        }
        return new Choice(basis, verdict, alternatives, lastPeriod);
    }

    static Basis basisOf(BudgetStatus status, boolean lastPeriod, Optional<BottomUpForecast> bottomUp) {
        if (status.asOf().isBefore(status.period().first())) {
            return Basis.NOT_STARTED;
        }
        if (status.asOf().isAfter(status.period().last())) {
            return Basis.FINAL;
        }
        if (lastPeriod && bottomUp.filter(b -> b.pricedSeconds() > 0 && b.isComplete()).isPresent()) {
            return Basis.BOTTOM_UP;
        }
        return Basis.RUN_RATE;
    }

    /** Budget ÷ CPI, which is budget × actual ÷ earned, rounded once; none while nothing is earned or spent. */
    static Optional<Forecast> earnedValueForecast(BudgetStatus status, EarnedValue earned) {
        if (earned.earned().isZero() || status.actual().isZero()) {
            return Optional.empty();
        }
        BigDecimal product = BigDecimal.valueOf(status.budget().minorUnits()).multiply(BigDecimal.valueOf(status.actual().minorUnits()));
        long minor = product.divide(BigDecimal.valueOf(earned.earned().minorUnits()), 0, MoneyRounding.MODE).longValueExact();
        Money atCompletion = Money.ofMinor(minor, status.budget().currency());
        return Optional.of(new Forecast(Basis.EARNED_VALUE, atCompletion, status.budget().minus(atCompletion)));
    }
}

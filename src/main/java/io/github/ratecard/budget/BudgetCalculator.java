package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes a money budget's {@link BudgetStatus} from what was spent. The plan is linear over the
 * period (or follows a phased budget's months); the forecast adds the average daily burn of the last {@code burnWeeks} weeks (within
 * the period) for each day left; amounts are rounded once, half-up, to the currency's minor units.
 */
public final class BudgetCalculator {

    private final java.util.function.Supplier<FiscalYear> fiscalYear;
    private final int burnWeeks;

    public BudgetCalculator(FiscalYear fiscalYear, int burnWeeks) {
        this(() -> fiscalYear, burnWeeks);
    }

    /** {@code fiscalYear}: the year quarterly and yearly periods follow, asked for each figure. */
    public BudgetCalculator(java.util.function.Supplier<FiscalYear> fiscalYear, int burnWeeks) {
        if (burnWeeks < 1) {
            throw new IllegalArgumentException("The burn rate needs at least one week");
        }
        this.fiscalYear = fiscalYear;
        this.burnWeeks = burnWeeks;
    }

    public BudgetStatus statusOf(Budget budget, Spending spending, LocalDate asOf) {
        if (budget.amount() == null) {
            throw new IllegalArgumentException("Budget " + budget.id() + " has no amount; its hours are measured elsewhere");
        }
        DateRange period = periodAt(budget, asOf);
        Money amount = budget.amountIn(period);
        Money zero = Money.zero(amount.currency());
        DateRange elapsed = elapsed(period, asOf).orElse(null);
        Money actual = elapsed == null ? zero : spending.money(elapsed, zero);
        long elapsedDays = elapsed == null ? 0 : elapsed.days();
        long daysLeft = period.days() - elapsedDays;

        Money planned = budget.plannedBy(period, asOf);
        Money burnPerDay = burnPerDay(spending, elapsed, zero);
        Money forecast = actual.plus(burnPerDay.times(BigDecimal.valueOf(daysLeft)));
        Money remaining = amount.minus(actual);
        return new BudgetStatus(period, asOf, amount, actual, percent(actual, amount), remaining, planned, burnPerDay, forecast,
                amount.minus(forecast), runOut(spending, amount, remaining, burnPerDay, elapsed, period), crossed(budget, actual, amount));
    }

    /** The budget's period that holds the day (the first or last one for a day before or after the budget's range). */
    public DateRange periodAt(Budget budget, LocalDate asOf) {
        LocalDate day = budget.range().contains(asOf) ? asOf : asOf.isBefore(budget.range().first()) ? budget.range().first()
                : budget.range().last();
        return fiscalYear.get().periodOf(budget.period(), day, budget.range()).intersection(budget.range()).orElseThrow();
    }

    /** The days of the period up to and including the day; empty before the period starts. */
    public static java.util.Optional<DateRange> elapsed(DateRange period, LocalDate asOf) {
        if (asOf.isBefore(period.first())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DateRange(period.first(), asOf.isAfter(period.last()) ? period.last() : asOf));
    }

    /** How many of the latest weeks the run-rate forecast averages. */
    public int burnWeeks() {
        return burnWeeks;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear.get();
    }

    /**
     * The burn of the status period in steps of a week (Monday to Sunday) or a month, each cut to
     * the period: spent, cumulative, linear plan and — after the status day — the run-rate forecast.
     */
    public java.util.List<BurnPoint> burn(Budget budget, Spending spending, LocalDate asOf, boolean weekly) {
        BudgetStatus status = statusOf(budget, spending, asOf);
        DateRange period = status.period();
        Money zero = Money.zero(status.budget().currency());
        java.util.List<BurnPoint> points = new ArrayList<>();
        Money cumulative = zero;
        LocalDate first = period.first();
        while (!first.isAfter(period.last())) {
            LocalDate end = weekly ? first.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY))
                    : first.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
            DateRange bucket = new DateRange(first, end.isAfter(period.last()) ? period.last() : end);
            boolean past = !bucket.first().isAfter(asOf);
            Money spent = past ? spending.money(new DateRange(bucket.first(), bucket.last().isAfter(asOf) ? asOf : bucket.last()), zero) : zero;
            cumulative = cumulative.plus(spent);
            Money planned = budget.plannedBy(period, bucket.last());
            Money forecast = null;
            if (bucket.last().isAfter(asOf)) {
                long ahead = asOf.isBefore(period.first()) ? new DateRange(period.first(), bucket.last()).days()
                        : new DateRange(asOf, bucket.last()).days() - 1;
                forecast = status.actual().plus(status.burnPerDay().times(BigDecimal.valueOf(ahead)));
            }
            points.add(new BurnPoint(bucket, spent, past ? cumulative : null, planned, forecast, past));
            first = bucket.last().plusDays(1);
        }
        return points;
    }

    private Money burnPerDay(Spending spending, DateRange elapsed, Money zero) {
        if (elapsed == null) {
            return zero;
        }
        LocalDate from = elapsed.last().minusWeeks(burnWeeks).plusDays(1);
        DateRange window = new DateRange(from.isBefore(elapsed.first()) ? elapsed.first() : from, elapsed.last());
        return spending.money(window, zero).times(BigDecimal.ONE.divide(BigDecimal.valueOf(window.days()), 10, RoundingMode.HALF_UP));
    }

    private static BigDecimal percent(Money part, Money whole) {
        return part.toDecimal().multiply(BigDecimal.valueOf(100)).divide(whole.toDecimal(), 1, RoundingMode.HALF_UP);
    }

    /**
     * The day the budget is used up: the day spending reached it when it already has, else the
     * day the remaining money runs out at the burn rate, if that falls within the period.
     */
    private static Optional<LocalDate> runOut(Spending spending, Money amount, Money remaining, Money burnPerDay, DateRange elapsed,
                                              DateRange period) {
        if (elapsed == null) {
            return Optional.empty();
        }
        if (remaining.isZero() || remaining.isNegative()) {
            return spending.firstDayReaching(amount, elapsed);
        }
        if (burnPerDay.isZero() || burnPerDay.isNegative()) {
            return Optional.empty();
        }
        long days = BigDecimal.valueOf(remaining.minorUnits()).divide(BigDecimal.valueOf(burnPerDay.minorUnits()), 0, RoundingMode.CEILING)
                .longValueExact();
        LocalDate day = elapsed.last().plusDays(days);
        return day.isAfter(period.last()) ? Optional.empty() : Optional.of(day);
    }

    /** The thresholds the actual spending has reached (at exactly a threshold counts as reached). */
    private static List<Integer> crossed(Budget budget, Money actual, Money amount) {
        List<Integer> crossed = new ArrayList<>();
        for (int threshold : budget.thresholds()) {
            // actual / amount >= threshold / 100, in whole minor units: no rounding involved
            if (BigDecimal.valueOf(actual.minorUnits()).multiply(BigDecimal.valueOf(100))
                    .compareTo(BigDecimal.valueOf(amount.minorUnits()).multiply(BigDecimal.valueOf(threshold))) >= 0) {
                crossed.add(threshold);
            }
        }
        return crossed;
    }
}

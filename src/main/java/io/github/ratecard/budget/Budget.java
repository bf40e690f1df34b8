package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What was agreed for a scope: an amount (in the scope's currency) and/or hours, against cost or
 * billable amount, for the whole range or for each month, quarter or year in it, with warning
 * thresholds in percent. {@code periodAmounts} are amounts per period, by the period's first day:
 * for a budget per month, quarter or year, a period's own amount (the others have {@code amount});
 * for a budget over the whole range, its phasing by month (they add up to {@code amount}, and the
 * plan follows them instead of a straight line). What was spent is a {@link BudgetStatus}, never
 * stored here.
 */
public record Budget(long id, BudgetScope scope, Measure measure, Money amount, Long hours, PeriodKind period, DateRange range,
                     List<Integer> thresholds, String owner, Map<LocalDate, Money> periodAmounts) {

    public static final List<Integer> DEFAULT_THRESHOLDS = List.of(80, 100);

    /** Against what the budget is measured: what the work costs, or what it bills. */
    public enum Measure {
        COST,
        BILLABLE
    }

    public Budget {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(owner, "owner");
        InvalidInputException.require(amount != null || hours != null, "amount", "Give an amount, hours or both");
        InvalidInputException.require(amount == null || amount.minorUnits() > 0, "amount", "The amount must be above zero");
        InvalidInputException.require(hours == null || hours > 0, "hours", "The hours must be above zero");
        InvalidInputException.require(thresholds == null || thresholds.size() <= InputLimits.THRESHOLDS, "thresholds",
                "A budget has at most " + InputLimits.THRESHOLDS + " thresholds");
        InvalidInputException.require(thresholds == null || thresholds.stream().allMatch(Objects::nonNull), "thresholds",
                "Thresholds are percentages from 1 to " + InputLimits.THRESHOLD_PERCENT);
        thresholds = thresholds == null || thresholds.isEmpty() ? DEFAULT_THRESHOLDS : List.copyOf(new TreeSet<>(thresholds));
        InvalidInputException.require(thresholds.stream().allMatch(t -> t != null && t >= 1 && t <= InputLimits.THRESHOLD_PERCENT), "thresholds",
                "Thresholds are percentages from 1 to " + InputLimits.THRESHOLD_PERCENT);
        InvalidInputException.require(periodAmounts == null
                        || periodAmounts.entrySet().stream().allMatch(e -> e.getKey() != null && e.getValue() != null), "periodAmounts", "Each amount per period needs its first day and its amount");
        periodAmounts = periodAmounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(periodAmounts));
        checkPeriodAmounts(amount, period, range, periodAmounts);
    }

    /** A budget with the same amount in every period (or a straight-line plan over the whole range). */
    public Budget(long id, BudgetScope scope, Measure measure, Money amount, Long hours, PeriodKind period, DateRange range,
                  List<Integer> thresholds, String owner) {
        this(id, scope, measure, amount, hours, period, range, thresholds, owner, Map.of());
    }

    private static void checkPeriodAmounts(Money amount, PeriodKind period, DateRange range, Map<LocalDate, Money> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        InvalidInputException.require(amount != null, "periodAmounts", "Amounts per period need the budget's amount");
        for (Map.Entry<LocalDate, Money> entry : amounts.entrySet()) {
            InvalidInputException.require(entry.getKey() != null && range.contains(entry.getKey()), "periodAmounts",
                    "Each amount per period starts on a day of the budget's range, was: " + entry.getKey());
            InvalidInputException.require(entry.getValue() != null && entry.getValue().currency().equals(amount.currency()), "periodAmounts",
                    "Amounts per period are in the budget's currency " + amount.currency().getCurrencyCode());
            InvalidInputException.require(!entry.getValue().isNegative() && (period == PeriodKind.TOTAL || !entry.getValue().isZero()), "periodAmounts",
                    "An amount per period must be above zero (a month of a phased budget may be zero)");
        }
        if (period == PeriodKind.TOTAL) {
            for (LocalDate month : amounts.keySet()) {
                InvalidInputException.require(month.getDayOfMonth() == 1 || month.equals(range.first()), "periodAmounts",
                        "A budget over its whole range is phased by month: each amount starts on a month's first day, was: " + month);
            }
            InvalidInputException.require(Money.sum(amount.currency(), amounts.values()).equals(amount), "periodAmounts",
                    "The amounts per month add up to " + Money.sum(amount.currency(), amounts.values()) + ", not to the budget's " + amount);
        }
    }

    /** The budget's amount for one of its periods: the period's own where one is given. */
    public Money amountIn(DateRange period) {
        return this.period == PeriodKind.TOTAL || amount == null ? amount : periodAmounts.getOrDefault(period.first(), amount);
    }

    /**
     * What the plan says the period should have spent by the end of the day: a straight line over
     * the period, or for a phased budget, each month's amount spread over its days. Rounded once.
     */
    public Money plannedBy(DateRange period, LocalDate day) {
        Money budget = amountIn(period);
        if (day.isBefore(period.first())) {
            return Money.zero(budget.currency());
        }
        LocalDate last = day.isAfter(period.last()) ? period.last() : day;
        if (this.period != PeriodKind.TOTAL || periodAmounts.isEmpty()) {
            long elapsed = new DateRange(period.first(), last).days();
            return Money.rounded(budget.toDecimal().multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(period.days()), 10,
                    RoundingMode.HALF_UP), budget.currency());
        }
        BigDecimal planned = BigDecimal.ZERO;
        for (LocalDate month = period.first().withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            DateRange days = new DateRange(month, month.withDayOfMonth(month.lengthOfMonth())).intersection(period).orElse(null);
            if (days == null) {
                continue;
            }
            Money phase = periodAmounts.get(days.first());
            if (phase == null) {
                continue;
            }
            long elapsed = new DateRange(days.first(), last.isBefore(days.last()) ? last : days.last()).days();
            planned = planned.add(phase.toDecimal().multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(days.days()), 10,
                    RoundingMode.HALF_UP));
        }
        return Money.rounded(planned, budget.currency());
    }

    /**
     * A short fingerprint of what was agreed (everything but the owner): it changes with every change
     * that matters, so an alert raised for one version is raised again for the next.
     */
    public String version() {
        String agreed = String.join("|", scope.kind().name(), scope.key(), measure.name(),
                amount == null ? "" : amount.minorUnits() + " " + amount.currency().getCurrencyCode(), String.valueOf(hours), period.name(),
                range.first().toString(), range.last().toString(), thresholds.toString());
        if (!periodAmounts.isEmpty()) {
            agreed += "|" + periodAmounts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().minorUnits())
                    .collect(java.util.stream.Collectors.joining(","));
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(agreed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /** Whether the two budgets would count the same spending twice: same scope, measure and period kind, overlapping ranges. */
    public boolean clashesWith(Budget other) {
        return id != other.id && scope.equals(other.scope) && measure == other.measure && period == other.period
                && range.overlaps(other.range);
    }
}

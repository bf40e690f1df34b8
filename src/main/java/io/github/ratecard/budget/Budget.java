package io.github.ratecard.budget;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What was agreed for a scope: an amount (in the scope's currency) and/or hours, against cost or
 * billable amount, for the whole range or for each month, quarter or year in it, with warning
 * thresholds in percent. What was spent is a {@link BudgetStatus}, never stored here.
 */
public record Budget(long id, BudgetScope scope, Measure measure, Money amount, Long hours, PeriodKind period, DateRange range,
                     List<Integer> thresholds, String owner) {

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
        thresholds = thresholds == null || thresholds.isEmpty() ? DEFAULT_THRESHOLDS : List.copyOf(new TreeSet<>(thresholds));
        InvalidInputException.require(thresholds.stream().allMatch(t -> t != null && t >= 1 && t <= 1000), "thresholds",
                "Thresholds are percentages from 1 to 1000");
    }

    /**
     * A short fingerprint of what was agreed (everything but the owner): it changes with every change
     * that matters, so an alert raised for one version is raised again for the next.
     */
    public String version() {
        String agreed = String.join("|", scope.kind().name(), scope.key(), measure.name(),
                amount == null ? "" : amount.minorUnits() + " " + amount.currency().getCurrencyCode(), String.valueOf(hours), period.name(),
                range.first().toString(), range.last().toString(), thresholds.toString());
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

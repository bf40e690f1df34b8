package io.github.ratecard.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How much of a retainer balance or a cap is used, and which thresholds that reaches. A retainer period uses its
 * balance (opening, prepaid and adjustments) with the work the balance covered and the overage beyond it; a period
 * with no balance at all reaches every threshold as soon as it has work. A cap is used by what it billed so far.
 * Nothing is reached without use. Exact integer comparison: 80 % is reached at exactly 80 %, not at 79.99 %.
 */
public final class ThresholdRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ThresholdRule() {
    }

    public static Optional<BigDecimal> percent(RetainerBalance row) {
        return percent(row.usedSeconds(), row.availableSeconds());
    }

    public static Optional<BigDecimal> percent(CapConsumption row) {
        return percent(row.consumed().minorUnits(), row.limit().minorUnits());
    }

    public static List<Integer> reached(RetainerBalance row, List<Integer> thresholds) {
        return reached(row.usedSeconds(), row.availableSeconds(), thresholds);
    }

    public static List<Integer> reached(CapConsumption row, List<Integer> thresholds) {
        return reached(row.consumed().minorUnits(), row.limit().minorUnits(), thresholds);
    }

    /** {@code used} of {@code available} in percent with one decimal; empty when nothing was available. */
    static Optional<BigDecimal> percent(long used, long available) {
        if (available <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(used).multiply(HUNDRED).divide(BigDecimal.valueOf(available), 1, RoundingMode.HALF_UP));
    }

    static List<Integer> reached(long used, long available, List<Integer> thresholds) {
        if (used <= 0) {
            return List.of();
        }
        BigDecimal usedTimesHundred = BigDecimal.valueOf(used).multiply(HUNDRED);
        return thresholds.stream().filter(t -> usedTimesHundred.compareTo(BigDecimal.valueOf(available).multiply(BigDecimal.valueOf(t))) >= 0)
                .sorted().toList();
    }
}

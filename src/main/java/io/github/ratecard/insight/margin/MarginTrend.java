package io.github.ratecard.insight.margin;

import java.time.YearMonth;

/**
 * A row's gross margin in the report's last month against the average of the three months before
 * it (months without work count as zero), in base-currency minor units; the average is rounded
 * half-up. {@link #NONE} when a margin of those months could not be converted.
 */
public record MarginTrend(YearMonth month, Long currentMinor, Long averageMinor) {

    public static final MarginTrend NONE = new MarginTrend(null, null, null);

    public enum Direction { UP, DOWN, FLAT }

    public Direction direction() {
        if (currentMinor == null || averageMinor == null) {
            return null;
        }
        int comparison = Long.compare(currentMinor, averageMinor);
        return comparison > 0 ? Direction.UP : comparison < 0 ? Direction.DOWN : Direction.FLAT;
    }
}

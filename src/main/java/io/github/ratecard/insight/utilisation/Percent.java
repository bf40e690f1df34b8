package io.github.ratecard.insight.utilisation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares as percentages to one decimal, rounded half-up once from the exact seconds
 * ({@code part × 100 ÷ whole}); a share of nothing is no figure (null), never a division error.
 */
public final class Percent {

    public static final int SCALE = 1;

    private Percent() {
    }

    /** {@code part} of {@code whole} in percent, or null when {@code whole} is zero. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /** Seconds as hours to two decimals, half-up. */
    public static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}

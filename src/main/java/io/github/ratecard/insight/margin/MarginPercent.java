package io.github.ratecard.insight.margin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The report's one way to state a ratio: in percent, one decimal, rounded half-up; none when the divisor is zero or less. */
final class MarginPercent {

    private MarginPercent() {
    }

    static BigDecimal of(long part, Long whole) {
        if (whole == null || whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

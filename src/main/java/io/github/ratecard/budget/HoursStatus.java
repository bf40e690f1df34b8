package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Where an hours budget stands in its period: budgeted and used seconds, consumed percent, what is left, thresholds reached. */
public record HoursStatus(DateRange period, long budgetSeconds, long actualSeconds, BigDecimal consumedPercent, long remainingSeconds,
                          List<Integer> crossedThresholds) {

    public static HoursStatus of(DateRange period, long budgetHours, long actualSeconds, List<Integer> thresholds) {
        long budgetSeconds = Math.multiplyExact(budgetHours, 3600L);
        List<Integer> crossed = new ArrayList<>();
        for (int threshold : thresholds) {
            if (BigDecimal.valueOf(actualSeconds).multiply(BigDecimal.valueOf(100))
                    .compareTo(BigDecimal.valueOf(budgetSeconds).multiply(BigDecimal.valueOf(threshold))) >= 0) {
                crossed.add(threshold);
            }
        }
        BigDecimal percent = BigDecimal.valueOf(actualSeconds).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(budgetSeconds), 1, RoundingMode.HALF_UP);
        return new HoursStatus(period, budgetSeconds, actualSeconds, percent, budgetSeconds - actualSeconds, List.copyOf(crossed));
    }

    public boolean isOver() {
        return actualSeconds > budgetSeconds;
    }
}

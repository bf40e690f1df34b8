package io.github.ratecard.capacity;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours of a day as people write them ("7.5", at most two decimals, 0 to 24) and the seconds the calendar keeps. */
public final class DayHours {

    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private DayHours() {
    }

    public static long seconds(String hours, String field) {
        InvalidInputException.require(hours != null && !hours.isBlank(), field, field + " is required, e.g. 7.5", Refusal.of(Refusal.Reason.REQUIRED));
        BigDecimal value;
        try {
            value = new BigDecimal(hours.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a number of hours such as 7.5, was: " + hours.trim(),
                    Refusal.of(Refusal.Reason.NOT_A_NUMBER, hours.trim()));
        }
        InvalidInputException.require(value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(24)) <= 0 && value.stripTrailingZeros().scale() <= 2,
                field, "Expected hours of a day are between 0 and 24, with at most two decimals", Refusal.of(Refusal.Reason.OUT_OF_RANGE, 0, 24));
        return value.multiply(HOUR).longValueExact();
    }

    /** "7.5", "8", "3.75": the hours of these seconds, without trailing zeros. */
    public static String text(long seconds) {
        return BigDecimal.valueOf(seconds).divide(HOUR, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

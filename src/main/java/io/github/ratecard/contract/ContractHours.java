package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours as people write them for contracts ("120", "11.5", at most two decimals) and the seconds contracts keep. */
public final class ContractHours {

    private static final BigDecimal HOUR = BigDecimal.valueOf(ContractLimits.SECONDS_PER_HOUR);

    private ContractHours() {
    }

    /** The seconds of {@code hours}, from 0 (or, when {@code signed}, from −{@code largest}) to {@code largest} hours. */
    public static long seconds(String hours, long largest, boolean signed, String field) {
        InvalidInputException.require(hours != null && !hours.isBlank(), field, field + " is required, e.g. 120", Refusal.of(Refusal.Reason.REQUIRED));
        BigDecimal value;
        try {
            value = new BigDecimal(hours.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a number of hours such as 11.5, was: " + hours.trim(),
                    Refusal.of(Refusal.Reason.NOT_A_NUMBER, hours.trim()));
        }
        InvalidInputException.require(value.stripTrailingZeros().scale() <= 2, field, field + " may have at most two decimals",
                Refusal.of(Refusal.Reason.TOO_MANY_DECIMALS, 2));
        long smallest = signed ? -largest : 0;
        InvalidInputException.require(value.compareTo(BigDecimal.valueOf(smallest)) >= 0 && value.compareTo(BigDecimal.valueOf(largest)) <= 0, field,
                field + " must be from " + smallest + " to " + largest + " hours", Refusal.of(Refusal.Reason.OUT_OF_RANGE, smallest, largest));
        return value.multiply(HOUR).longValueExact();
    }

    /** "120", "11.5", "-0.25": the hours of these seconds, without trailing zeros. */
    public static String text(long seconds) {
        return BigDecimal.valueOf(seconds).divide(HOUR, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

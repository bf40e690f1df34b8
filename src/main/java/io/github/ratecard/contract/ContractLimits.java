package io.github.ratecard.contract;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;

/** The limits of what a contract accepts (the input limits table states each). */
public final class ContractLimits {

    public static final long SECONDS_PER_HOUR = 3600L;
    /** Prepaid hours of one retainer period. */
    public static final long PREPAID_HOURS = 100_000L;
    /** Hours a retainer carries into its next period at most. */
    public static final long ROLLOVER_HOURS = 1_000_000L;
    /** Periods after which carried hours expire at most (ten years of months). */
    public static final int EXPIRY_PERIODS = 120;
    /** Effective-dated terms of one contract. */
    public static final int TERMS = 120;
    /** Instalments of one fixed-fee schedule. */
    public static final int INSTALMENTS = 200;
    public static final int INSTALMENT_LABEL = 100;
    /** The issue or epic key a milestone waits for (Jira's keys are far shorter). */
    public static final int MILESTONE_KEY = 255;
    /** Hours one balance adjustment adds or removes at most. */
    public static final long ADJUSTMENT_HOURS = InputLimits.ADJUSTMENT_HOURS;
    public static final int ADJUSTMENT_REASON = InputLimits.ADJUSTMENT_REASON;
    /** Months one balance ledger or cap consumption covers at most. */
    public static final int LEDGER_MONTHS = 120;

    private ContractLimits() {
    }

    static void requireHours(long seconds, long largestHours, String field) {
        InvalidInputException.require(seconds >= 0 && seconds <= largestHours * SECONDS_PER_HOUR, field,
                field + " must be from 0 to " + largestHours + " hours", Refusal.of(Refusal.Reason.OUT_OF_RANGE, 0, largestHours));
    }

    static String requireText(String text, int largest, String field, String what) {
        String trimmed = text == null ? "" : text.trim();
        InvalidInputException.require(!trimmed.isEmpty(), field, what + " is required", Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(trimmed.length() <= largest, field, what + " may have at most " + largest + " characters",
                Refusal.of(Refusal.Reason.TOO_LONG, largest));
        return trimmed;
    }
}

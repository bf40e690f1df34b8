package io.github.ratecard.billing;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * A lead's or finance's correction of how one worklog bills: billable or not, billed time, or
 * another of the project's accounts; each part is null when not corrected. The reason is mandatory.
 */
public record WorklogOverride(long worklogId, Boolean billable, Long billedSeconds, String accountKey, String reason, String setBy,
                              Instant setAt) {

    public WorklogOverride {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
    }

    /** A new override from user input: at least one correction, a reason, billed time within bounds. */
    public static WorklogOverride requested(long worklogId, Boolean billable, Long billedSeconds, String accountKey, String reason,
                                            String setBy, Instant setAt) {
        InvalidInputException.require(billable != null || billedSeconds != null || (accountKey != null && !accountKey.isBlank()),
                "billable", "Say what to correct: billable, billedSeconds or accountKey");
        InvalidInputException.require(reason != null && !reason.isBlank(), "reason", "A reason is required");
        InvalidInputException.require(reason.strip().length() <= InputLimits.OVERRIDE_REASON, "reason",
                "The reason may have at most " + InputLimits.OVERRIDE_REASON + " characters");
        InvalidInputException.require(billedSeconds == null || (billedSeconds >= 0 && billedSeconds <= InputLimits.BILLED_SECONDS),
                "billedSeconds", "Billed time must be between 0 and " + InputLimits.BILLED_SECONDS + " seconds");
        InvalidInputException.require(billedSeconds == null || !Boolean.FALSE.equals(billable), "billedSeconds",
                "Non-billable work bills no time; leave billedSeconds out");
        String account = accountKey == null || accountKey.isBlank() ? null : accountKey.trim();
        return new WorklogOverride(worklogId, billable, billedSeconds, account, reason.strip(), setBy, setAt);
    }
}

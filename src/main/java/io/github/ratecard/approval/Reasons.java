package io.github.ratecard.approval;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.PlainText;
import java.util.Optional;

/**
 * The reason a person gives for rejecting, reopening or closing: trimmed, at most
 * {@value #MAX_LENGTH} characters (one database column), only characters a text may hold.
 */
public final class Reasons {

    public static final int MAX_LENGTH = InputLimits.APPROVAL_REASON;

    private Reasons() {
    }

    /** The reason as it is kept: trimmed, null when blank. */
    public static String normalised(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Why the reason is refused, if it is: required and missing, too long, or with a character not allowed. */
    public static Optional<ApprovalRefusal> refusal(String reason, boolean required) {
        String kept = normalised(reason);
        if (kept == null) {
            return required ? Optional.of(ApprovalRefusal.REASON_REQUIRED) : Optional.empty();
        }
        if (kept.length() > MAX_LENGTH) {
            return Optional.of(ApprovalRefusal.REASON_TOO_LONG);
        }
        if (!PlainText.clean(kept).equals(kept)) {
            return Optional.of(ApprovalRefusal.REASON_NOT_PLAIN);
        }
        return Optional.empty();
    }
}

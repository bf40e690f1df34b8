package io.github.ratecard.app;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.approval.ApprovalRefusal;
import io.github.ratecard.approval.Reasons;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;

/** A refused approval or close as the exception its kind answers with: 403 for rights, 409 for the state, 400 naming the reason field. */
public final class ApprovalRefusals {

    private ApprovalRefusals() {
    }

    public static RuntimeException exception(ApprovalRefusal refusal, String stateField) {
        switch (refusal.kind()) {
            case RIGHTS:
                return new AccessDeniedException(true, refusal.english(), refusal.key());
            case STATE:
                return new ConflictException(stateField, refusal.english(), refusal.key());
            default:
                return new InvalidInputException("reason", refusal.english(), refusal == ApprovalRefusal.REASON_REQUIRED
                        ? Refusal.of(Refusal.Reason.REQUIRED)
                        : refusal == ApprovalRefusal.REASON_TOO_LONG ? Refusal.of(Refusal.Reason.TOO_LONG, Reasons.MAX_LENGTH) : null);
        }
    }
}

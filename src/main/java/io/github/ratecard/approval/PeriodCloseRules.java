package io.github.ratecard.approval;

import java.util.Optional;

/**
 * Closing and reopening a month: only finance does either; a month is closed once (closing it
 * again is refused), reopened only while closed and only with a reason. A close may carry a note.
 */
public final class PeriodCloseRules {

    private PeriodCloseRules() {
    }

    /** Why the action is refused, if it is; empty when it may go ahead. */
    public static Optional<ApprovalRefusal> refusal(CloseAction action, boolean closedNow, Actor actor, String reason) {
        if (!actor.finance()) {
            return Optional.of(ApprovalRefusal.NOT_FINANCE);
        }
        if (action == CloseAction.CLOSE && closedNow) {
            return Optional.of(ApprovalRefusal.ALREADY_CLOSED);
        }
        if (action == CloseAction.REOPEN && !closedNow) {
            return Optional.of(ApprovalRefusal.NOT_CLOSED);
        }
        return Reasons.refusal(reason, action == CloseAction.REOPEN);
    }
}

package io.github.ratecard.approval;

import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail Ratecard owes one person about a timesheet: whose time ({@code userKey}) in which period,
 * what happened, who did it (empty when Ratecard did, at the period's end), the reason given, and for
 * {@link Kind#LOCKED_WORK_CHANGED} the pending change.
 */
public record Notice(Kind kind, String recipientKey, String userKey, TimesheetPeriod period, Optional<String> byUserKey, Optional<String> reason,
                     Optional<PendingChange> change) {

    /** What the e-mail tells, and so which page it links to. */
    public enum Kind {
        /** To the approvers: a timesheet waits for them. */
        SUBMITTED,
        /** To its user: approved. */
        APPROVED,
        /** To its user: sent back, with the reason. */
        REJECTED,
        /** To its user: an approved timesheet opened again, with the reason. */
        REOPENED,
        /** To the approvers: Jira changed approved or closed time, held as a pending change. */
        LOCKED_WORK_CHANGED
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(byUserKey, "byUserKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(change, "change");
        if (kind == Kind.LOCKED_WORK_CHANGED != change.isPresent()) {
            throw new IllegalArgumentException("Only a notice of changed locked work names a pending change, and it always does");
        }
    }
}

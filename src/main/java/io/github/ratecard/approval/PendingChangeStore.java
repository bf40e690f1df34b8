package io.github.ratecard.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pending changes of locked work. A worklog has at most one open pending change, the newest: a later
 * change of the worklog replaces it, an older or re-delivered one changes nothing.
 */
public interface PendingChangeStore {

    /** Where a pending change stands. */
    enum Status {
        /** Waiting for finance. */
        OPEN,
        /** Finance took it into the ledger (re-priced; the difference goes to the next invoice or report). */
        ACCEPTED,
        /** Finance flagged it for a follow-up; the ledger keeps the approved figures. */
        FLAGGED,
        /** A later change of the same worklog replaced it, or the worklog went back to the approved figures. */
        SUPERSEDED
    }

    /** A kept pending change: its id, status, when it was recorded, and who resolved it when. */
    record Stored(long id, PendingChange change, Status status, Instant recordedAt, String resolvedBy, Instant resolvedAt) {
    }

    /**
     * Records the change as the worklog's open pending change; false when it is already recorded
     * (the same worklog and time of change) or older than the worklog's open one.
     */
    boolean record(PendingChange change, Instant at);

    /** Supersedes the worklog's open pending change, if any: the worklog is back at the figures the ledger holds. */
    void withdraw(long worklogId, Instant at);

    Optional<Stored> openOf(long worklogId);

    Optional<Stored> byId(long id);

    /** The open pending changes of a project, oldest first. */
    List<Stored> openOfProject(long projectId);

    /** Resolves an open pending change; false when it is no longer open. */
    boolean resolve(long id, Status status, String byUserKey, Instant at);

    /** Open pending changes whose approvers have not been told yet, oldest first, at most {@code limit}. */
    List<Stored> unnoticed(int limit);

    /** Marks the change as told; false when it already was (then nobody is told again). */
    boolean markNoticed(long id, Instant at);

    /** Those of the worklogs that have an open pending change, in one read per few hundred. */
    java.util.Set<Long> withOpenChange(java.util.Collection<Long> worklogIds);
}

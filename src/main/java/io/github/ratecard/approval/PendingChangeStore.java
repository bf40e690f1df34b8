package io.github.ratecard.approval;

import java.time.Instant;
import java.time.LocalDate;
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
     * Records the change as the worklog's open pending change; false when the worklog already has a change
     * recorded at the same time of change or later (the same change delivered again, or an older one arriving
     * late, also after the worklog went back to its locked figures).
     */
    boolean record(PendingChange change, Instant at);

    /**
     * The worklog is back at the figures the ledger holds, as of {@code reverted.changedAt()} (its figures
     * before and after are the same): supersedes its open pending change when that is older, and remembers the
     * time, so that an older change delivered after it is not recorded.
     */
    void withdraw(PendingChange reverted, Instant at);

    Optional<Stored> openOf(long worklogId);

    Optional<Stored> byId(long id);

    /**
     * One page of the open pending changes of a project, oldest first: those of work in the project now and
     * those of work that moved out of it (an issue moved to another project), so the project's approvers see both.
     */
    io.github.ratecard.domain.Page<Stored> openOfProject(long projectId, int offset, int limit);

    /** Every open pending change of a project (as {@link #openOfProject(long, int, int)}), for counting per month. */
    List<Stored> openOfProject(long projectId);

    /** The open pending changes whose work (before or after the change) lies on a day from {@code first} to {@code last}, oldest first; one read. */
    List<Stored> openOnDays(LocalDate first, LocalDate last);

    /**
     * As {@link #openOnDays(LocalDate, LocalDate)}, but only the oldest {@code limit} in full, with how many there are
     * per project and month of their work (after the change, else before); two reads, neither holding every change.
     */
    OpenOnDays openOnDays(LocalDate first, LocalDate last, int limit);

    /** The oldest open pending changes of some days, and how many there are in all per project and month. */
    record OpenOnDays(List<Stored> oldest, java.util.Map<Long, java.util.Map<java.time.YearMonth, Long>> countsPerProjectAndMonth) {

        public OpenOnDays {
            oldest = List.copyOf(oldest);
            countsPerProjectAndMonth = java.util.Map.copyOf(countsPerProjectAndMonth);
        }

        public long total() {
            return countsPerProjectAndMonth.values().stream().flatMap(months -> months.values().stream()).mapToLong(Long::longValue).sum();
        }

        public long count(long projectId, java.time.YearMonth month) {
            return countsPerProjectAndMonth.getOrDefault(projectId, java.util.Map.of()).getOrDefault(month, 0L);
        }
    }

    /**
     * Resolves an open pending change; false when it is no longer open, also when another writer resolved it at
     * the same moment (of two, only one succeeds).
     */
    boolean resolve(long id, Status status, String byUserKey, Instant at);

    /**
     * How many changes of work in these projects on these days (before or after the change) were pending at
     * {@code at}: recorded by then and still open, or resolved only later. {@code at} null: open now. One count.
     */
    long pendingCount(java.util.Collection<Long> projectIds, io.github.ratecard.domain.DateRange days, Instant at);

    /** Open pending changes whose approvers have not been told yet, oldest first, at most {@code limit}. */
    List<Stored> unnoticed(int limit);

    /** Marks the change as told; false when it already was (then nobody is told again). */
    boolean markNoticed(long id, Instant at);

    /** Those of the worklogs that have an open pending change, in one read per few hundred. */
    java.util.Set<Long> withOpenChange(java.util.Collection<Long> worklogIds);
}

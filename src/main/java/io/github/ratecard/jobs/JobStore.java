package io.github.ratecard.jobs;

import io.github.ratecard.ledger.AffectedWork;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where ledger jobs and their progress are kept. */
public interface JobStore {

    long create(JobKind kind, AffectedWork work, String requestedBy, Instant now);

    Optional<LedgerJob> job(long id);

    /** The most recently created jobs first. */
    List<LedgerJob> recent(int limit);

    /** The oldest RUNNING job. */
    Optional<LedgerJob> nextRunning();

    /** Open jobs of a kind. */
    List<LedgerJob> open(JobKind kind);

    /** Whether any job of the kind was ever created. */
    boolean anyOf(JobKind kind);

    void setTotal(long id, long total, Instant now);

    /** Moves the position and adds to the counters; leaves the state alone. */
    void recordProgress(long id, long position, long done, long skipped, long millis, Instant now);

    void setState(long id, JobState state, Instant now);

    /** Counts a failed batch (reset by the next successful one) and keeps its message. */
    void recordFailure(long id, int failures, String error, Instant now);
}

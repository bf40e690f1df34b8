package io.github.ratecard.jobs;

import io.github.ratecard.ledger.AffectedWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A resumable walk over worklogs (back-fill) or ledger entries (re-pricing), by worklog id:
 * {@code position} is the last worklog id committed, {@code done} how many were processed,
 * {@code skipped} how many invoiced entries kept their price, {@code total} the size
 * measured when the job started, {@code activeMillis} the time spent working.
 */
public record LedgerJob(long id, JobKind kind, JobState state, AffectedWork work, long position, long done, long skipped,
                        long total, long activeMillis, int failures, String lastError, String requestedBy, Instant created,
                        Instant updated) {

    public LedgerJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /** Processed share of the total, 0–100 (100 only when the job is done). */
    public int percent() {
        if (state == JobState.DONE) {
            return 100;
        }
        return Math.min(99, progress().percent());
    }

    /** Worklogs per second while working. */
    public long perSecond() {
        return activeMillis <= 0 ? 0 : done * 1000 / activeMillis;
    }

    /** Done and total as a person reads them (done never above total), with the time left once the pace is known. */
    public JobProgress progress() {
        return JobProgress.of(done, total, activeMillis);
    }

    /** The time left at the pace so far, while the job is open and its pace is known (see {@link JobProgress}). */
    public Optional<Duration> remaining() {
        return state.isOpen() ? progress().remaining() : Optional.empty();
    }
}

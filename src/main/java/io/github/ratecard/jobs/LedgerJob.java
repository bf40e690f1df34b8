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

    /** Processed share of the total, 0–100 (100 when done). */
    public int percent() {
        if (state == JobState.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    /** Worklogs per second while working. */
    public long perSecond() {
        return activeMillis <= 0 ? 0 : done * 1000 / activeMillis;
    }

    /** The time left at the rate so far, while the job is open and has a rate. */
    public Optional<Duration> remaining() {
        long rate = perSecond();
        if (!state.isOpen() || rate == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.max(0, total - done) / rate));
    }
}

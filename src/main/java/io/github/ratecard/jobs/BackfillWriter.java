package io.github.ratecard.jobs;

import io.github.ratecard.ledger.BatchResult;
import io.github.ratecard.ledger.NewEntries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes a back-fill batch of worklogs that are new to the ledger, with their rollups and the job's progress, in
 * one transaction of its own; the ledger keeper's path (through {@link io.github.ratecard.ledger.LedgerKeeper#apply})
 * takes every batch it leaves.
 */
public interface BackfillWriter {

    /** What became of a batch. */
    enum Outcome {
        /** Entries, rollups and progress are committed. */
        WRITTEN,
        /** Nothing was written: the ledger holds one of the worklogs already, one needs more than a new entry, or the writer is off. */
        LEFT,
        /** Nothing was written: the job was paused, cancelled or moved on since it was read. */
        JOB_CHANGED
    }

    /** The job's row after a batch: its new counters, written only where it is still RUNNING at {@code expectedPosition}. */
    record Advance(long jobId, long expectedPosition, long position, long done, long skipped, long total, long activeMillis, Instant at) {
    }

    /**
     * In one transaction: when the ledger holds no row for any of {@code worklogIds} (all above {@code after}),
     * prices them with {@code pricing}, inserts the entries and their summed rollups and writes {@code advance}'s
     * job row for the batch's result; rolls back and throws when a write fails (a worklog stored meanwhile).
     */
    Outcome write(long after, List<Long> worklogIds, Supplier<Optional<NewEntries>> pricing, Function<BatchResult, Advance> advance);

    /** How this node writes the back-fill's batches: {@code JDBC}, or {@code ACTIVE_OBJECTS} with the reason. */
    record WritePath(String mode, String reason) {

        public static final String JDBC = "JDBC";
        public static final String ACTIVE_OBJECTS = "ACTIVE_OBJECTS";
    }

    /** How batches are written here; a writer that checks its tables first checks them now (once). */
    default WritePath writePath() {
        return new WritePath(WritePath.ACTIVE_OBJECTS, "no JDBC writer is configured");
    }

    /** From now on leaves every batch to the ledger keeper, for the reason given (health reports it). */
    default void turnOff(String reason) {
    }

    /** Leaves every batch to the ledger keeper. */
    BackfillWriter NONE = (after, worklogIds, pricing, advance) -> Outcome.LEFT;
}

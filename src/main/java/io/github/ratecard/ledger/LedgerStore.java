package io.github.ratecard.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where ledger entries are kept, one row per worklog: what the ledger keeper reads and writes,
 * what the re-pricing jobs walk through, and the invoiced marks that issuing and voiding set.
 */
public interface LedgerStore {

    /**
     * What is stored for a worklog: its entry, or the time it was deleted; {@code rowId} names the
     * row read (0 for what is not stored yet). A change never updates a row in place: it removes
     * the row it read ({@link #remove}) and inserts a new one, so a row that another transaction
     * changed in between is no longer there and the change fails instead of counting twice.
     */
    record Stored(Optional<LedgerEntry> entry, Optional<Instant> deletedAt, long rowId) {

        public Stored(Optional<LedgerEntry> entry, Optional<Instant> deletedAt) {
            this(entry, deletedAt, 0);
        }
    }

    Optional<Stored> stored(long worklogId);

    /** What is stored for each of these worklogs that has a row, in one read. */
    Map<Long, Stored> storedAll(Collection<Long> worklogIds);

    /** Inserts entries for worklogs that have no row yet, in one batch. */
    void insertAll(List<LedgerEntry> entries);

    /** Inserts or replaces the worklog's entry (clearing any deletion mark). */
    void save(LedgerEntry entry);

    /**
     * Removes the rows read earlier, by row id; throws {@link ConcurrentLedgerChangeException}
     * when any of them is no longer there (another transaction changed it since).
     */
    void remove(Collection<Long> rowIds);

    /** Marks worklogs that have no row (any more) as deleted at a time, so a late older event is recognised. */
    void insertDeletionMarks(Map<Long, Instant> deletedAt);

    /** Every live entry of an issue (for re-pricing a moved issue or retiring a deleted one). */
    List<LedgerEntry> allEntriesOfIssue(long issueId);

    /** Live entries in the affected work with a worklog id above {@code afterWorklogId}, by worklog id, at most {@code limit}. */
    List<LedgerEntry> affectedEntries(AffectedWork work, long afterWorklogId, int limit);

    /** How many live entries the affected work holds. */
    long countAffected(AffectedWork work);

    /**
     * Marks the worklogs' live entries invoiced (issuing) or not (voiding), in the caller's transaction;
     * like every change, it replaces the rows, so a keeper that read one before fails instead of
     * writing its old mark back. Throws {@link ConcurrentLedgerChangeException} when a row read here
     * is no longer there.
     */
    void markInvoiced(Collection<Long> worklogIds, boolean invoiced);
}

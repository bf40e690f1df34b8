package io.github.ratecard.ledger;

import io.github.ratecard.domain.ItemFailures;
import java.time.Instant;
import java.time.YearMonth;
import io.github.ratecard.domain.AffectedWork;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where ledger entries and their rollups are kept. */
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

    /** Adds these contributions to the rollups. */
    void addToRollups(List<Rollup> contributions);

    /** The entries of an issue, newest work first. */
    List<LedgerEntry> entriesOfIssue(long issueId, int offset, int limit);

    long countOfIssue(long issueId);

    /** The issue's live entries added up, in one read whatever their number. */
    IssueTotals totalsOfIssue(long issueId);

    /** Every live entry of an issue (for re-pricing a moved issue or retiring a deleted one). */
    List<LedgerEntry> allEntriesOfIssue(long issueId);

    /** Live entries in the affected work with a worklog id above {@code afterWorklogId}, by worklog id, at most {@code limit}. */
    List<LedgerEntry> affectedEntries(AffectedWork work, long afterWorklogId, int limit);

    /** How many live entries the affected work holds. */
    long countAffected(AffectedWork work);

    /** How many live entries there are. */
    long countLive();

    /**
     * Folds each rollup group's rows into one, changing no group's figures; returns how many rows
     * were removed. Runs on one node at a time (the cluster's background job). A row that cannot
     * be read, or a group that cannot be folded, is reported to {@code failures} and left as it
     * is; the other groups are folded.
     */
    long compactRollups(ItemFailures failures);

    /** Folds the rollups, stopping at the first row or group that fails. */
    default long compactRollups() {
        return compactRollups(ItemFailures.RETHROW);
    }

    /** How many live entries have each pricing status. */
    Map<PricingStatus, Long> countsByStatus();

    /**
     * The rollups of one kind for a project (PROJECT, PROJECT_DAY) or an account (ACCOUNT,
     * ACCOUNT_DAY), per key, for the months given (all days of those months for the daily kinds).
     */
    List<Rollup> rollups(Rollup.Kind kind, Long projectId, String accountKey, YearMonth from, YearMonth to);

    /**
     * The live entries of these issues worked on the days given, added up as PROJECT_DAY rollups
     * (per project, day, account and currency). Reads the issues' entries, so its cost grows with
     * their history, not with the project's.
     */
    List<Rollup> dailyOfIssues(Collection<Long> issueIds, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * The live entries worked on the days given, by issue, author and account: of a project
     * ({@code projectId}), of an account ({@code accountKey}) or of some issues ({@code issueIds}),
     * whichever is given. One read that streams a few columns of the range's entries.
     */
    List<WorkSlice> slices(Long projectId, String accountKey, Collection<Long> issueIds, java.time.LocalDate from, java.time.LocalDate to);

    /** The account's live, billable, not yet invoiced entries worked on the days given, by worklog id, streamed. */
    void billableOfAccount(String accountKey, java.time.LocalDate from, java.time.LocalDate to, java.util.function.Consumer<LedgerEntry> entry);

    /** Marks the worklogs' live entries invoiced (issuing) or not (voiding), in the caller's transaction. */
    void markInvoiced(Collection<Long> worklogIds, boolean invoiced);
}

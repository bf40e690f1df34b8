package io.github.ratecard.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where ledger entries and their rollups are kept. */
public interface LedgerStore {

    /** What is stored for a worklog: its entry, or the time it was deleted. */
    record Stored(Optional<LedgerEntry> entry, Optional<Instant> deletedAt) {
    }

    Optional<Stored> stored(long worklogId);

    /** Inserts or replaces the worklog's entry (clearing any deletion mark). */
    void save(LedgerEntry entry);

    /** Removes the worklog's entry, keeping a mark of when, so a late older event is recognised. */
    void markDeleted(long worklogId, Instant at);

    /** Adds these contributions to the rollups. */
    void addToRollups(List<Rollup> contributions);

    /** The entries of an issue, newest work first. */
    List<LedgerEntry> entriesOfIssue(long issueId, int offset, int limit);

    long countOfIssue(long issueId);

    /** Every live entry of an issue (for re-pricing a moved issue or retiring a deleted one). */
    List<LedgerEntry> allEntriesOfIssue(long issueId);

    /** How many live entries have each pricing status. */
    java.util.Map<PricingStatus, Long> countsByStatus();

    /** The rollups of one kind for a project (PROJECT) or an account (ACCOUNT), per key, for the months given. */
    List<Rollup> rollups(Rollup.Kind kind, Long projectId, String accountKey, YearMonth from, YearMonth to);
}

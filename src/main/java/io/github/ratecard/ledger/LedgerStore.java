package io.github.ratecard.ledger;

import java.time.Instant;
import java.time.YearMonth;
import io.github.ratecard.domain.AffectedWork;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where ledger entries and their rollups are kept. */
public interface LedgerStore {

    /** What is stored for a worklog: its entry, or the time it was deleted. */
    record Stored(Optional<LedgerEntry> entry, Optional<Instant> deletedAt) {
    }

    Optional<Stored> stored(long worklogId);

    /** What is stored for each of these worklogs that has a row, in one read. */
    Map<Long, Stored> storedAll(Collection<Long> worklogIds);

    /** Inserts entries for worklogs that have no row yet, in one batch. */
    void insertAll(List<LedgerEntry> entries);

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

    /** Live entries in the affected work with a worklog id above {@code afterWorklogId}, by worklog id, at most {@code limit}. */
    List<LedgerEntry> affectedEntries(AffectedWork work, long afterWorklogId, int limit);

    /** How many live entries the affected work holds. */
    long countAffected(AffectedWork work);

    /** How many live entries there are. */
    long countLive();

    /**
     * Folds each rollup group's rows into one, changing no group's figures; returns how many rows
     * were removed. Runs on one node at a time (the cluster's background job).
     */
    long compactRollups();

    /** How many live entries have each pricing status. */
    Map<PricingStatus, Long> countsByStatus();

    /** The rollups of one kind for a project (PROJECT) or an account (ACCOUNT), per key, for the months given. */
    List<Rollup> rollups(Rollup.Kind kind, Long projectId, String accountKey, YearMonth from, YearMonth to);
}

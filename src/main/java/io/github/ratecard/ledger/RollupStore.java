package io.github.ratecard.ledger;

import java.time.YearMonth;
import java.util.List;

/**
 * The ledger's running sums per project, account and period. A group may be stored as several
 * rows (each change adds its own); reads add them up and folding merges them.
 */
public interface RollupStore {

    /** Adds these contributions to the rollups. */
    void addToRollups(List<Rollup> contributions);

    /**
     * The rollups of one kind for a project (PROJECT, PROJECT_DAY) or an account (ACCOUNT,
     * ACCOUNT_DAY), per key, for the months given (all days of those months for the daily kinds); PERSON,
     * which is neither, is refused.
     */
    List<Rollup> rollups(Rollup.Kind kind, Long projectId, String accountKey, YearMonth from, YearMonth to);

    /**
     * The rollups of one monthly kind (PROJECT, ACCOUNT, PERSON) of every project, account or person, per key, for the
     * months given; one read. A daily kind is refused.
     */
    List<Rollup> monthly(Rollup.Kind kind, YearMonth from, YearMonth to);

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
}

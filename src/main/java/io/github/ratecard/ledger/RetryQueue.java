package io.github.ratecard.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Worklog changes that could not be applied when they arrived, kept to be tried again by the
 * background job (the ledger handles a change idempotently, so a retry never counts twice).
 */
public interface RetryQueue {

    /** A queued change, how often it failed and why it last failed. */
    record Retry(long id, WorklogChange change, int attempts, String lastError) {
    }

    void add(WorklogChange change, String error, Instant now);

    /** Changes whose next attempt is due, oldest first. */
    List<Retry> due(Instant now, int limit);

    void remove(long id);

    void postpone(long id, int attempts, String error, Instant nextAttempt);

    /** The changes waiting for a retry (not the worklogs put aside, see {@link RefusedWorklogs}). */
    long size();
}

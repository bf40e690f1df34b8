package io.github.ratecard.jobs;

import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.Transactions;
import java.time.Clock;

/** The back-fill of a new install: created once, unless a back-fill was ever created. */
public final class InitialBackfill {

    private final JobStore jobs;
    private final Transactions transactions;
    private final Clock clock;

    public InitialBackfill(JobStore jobs, Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether this call created it. */
    public boolean startOnce() {
        return transactions.inTransaction(() -> {
            if (jobs.anyOf(JobKind.BACKFILL)) {
                return false;
            }
            jobs.create(JobKind.BACKFILL, AffectedWork.everything("first install"), JobService.SYSTEM, clock.instant());
            return true;
        });
    }
}

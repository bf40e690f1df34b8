package io.github.ratecard.jobs;

import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.ledger.RepricingRequests;
import io.github.ratecard.domain.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Starts, pauses, resumes and cancels ledger jobs. A rate-card change asks for re-pricing
 * here; the request becomes a job in the change's own transaction.
 */
public final class JobService implements RepricingRequests {

    public static final String SYSTEM = "ratecard";

    private final JobStore jobs;
    private final Transactions transactions;
    private final JobTrigger trigger;
    private final Clock clock;

    public JobService(JobStore jobs, Transactions transactions, JobTrigger trigger, Clock clock) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.trigger = trigger;
        this.clock = clock;
    }

    public LedgerJob job(long id) {
        return jobs.job(id).orElseThrow(() -> new NotFoundException("No ledger job " + id));
    }

    public List<LedgerJob> recent(int limit) {
        return jobs.recent(Math.max(1, Math.min(InputLimits.JOBS_PAGE, limit)));
    }

    /** Starts a back-fill of every worklog; one back-fill at a time. */
    public LedgerJob startBackfill(String requestedBy) {
        LedgerJob job = transactions.inTransaction(() -> {
            List<LedgerJob> open = jobs.open(JobKind.BACKFILL);
            if (!open.isEmpty()) {
                throw new ConflictException("job", "Back-fill " + open.get(0).id() + " is " + open.get(0).state().name().toLowerCase()
                        + "; resume or cancel it first");
            }
            return job(jobs.create(JobKind.BACKFILL, AffectedWork.everything("back-fill"), requestedBy, clock.instant()));
        });
        trigger.runSoon();
        return job;
    }

    /** The back-fill on first install: started once, unless one was ever started. */
    public void startInitialBackfill() {
        if (new InitialBackfill(jobs, transactions, clock).startOnce()) {
            trigger.runSoon();
        }
    }

    /** Every request becomes its own job: one that already started may have read the rate card before this change. */
    @Override
    public void reprice(AffectedWork work) {
        jobs.create(JobKind.REPRICE, work, SYSTEM, clock.instant());
        trigger.runSoon();
    }

    public LedgerJob pause(long id) {
        return move(id, Set.of(JobState.RUNNING), JobState.PAUSED, "pause");
    }

    public LedgerJob resume(long id) {
        LedgerJob job = move(id, Set.of(JobState.PAUSED, JobState.FAILED), JobState.RUNNING, "resume");
        trigger.runSoon();
        return job;
    }

    public LedgerJob cancel(long id) {
        return move(id, Set.of(JobState.RUNNING, JobState.PAUSED, JobState.FAILED), JobState.CANCELLED, "cancel");
    }

    private LedgerJob move(long id, Set<JobState> from, JobState to, String action) {
        return transactions.inTransaction(() -> {
            LedgerJob job = job(id);
            if (!from.contains(job.state())) {
                throw new ConflictException("state", "Job " + id + " is " + job.state().name().toLowerCase() + "; it cannot " + action);
            }
            jobs.setState(id, to, clock.instant());
            return job(id);
        });
    }
}

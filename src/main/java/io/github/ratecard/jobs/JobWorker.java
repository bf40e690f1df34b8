package io.github.ratecard.jobs;

import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.BatchResult;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.ledger.RollupStore;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's part of the cluster's background work, run on one node at a time: retries queued
 * worklog changes, works through RUNNING jobs batch by batch (each batch committed with its rollups and the
 * job's new position, so a restart resumes where the last commit left off), then folds rollup
 * rows. A back-fill batch of worklogs new to the ledger goes to the {@link BackfillWriter}, a re-pricing batch to the
 * {@link RepricingWriter}; every other batch, and each a writer leaves, goes through the ledger keeper in an Active
 * Objects transaction. Between batches
 * it looks at the job's state, so pause and cancel take effect within a batch. A back-fill batch that fails is applied again one worklog at a time: a worklog that fails
 * on its own waits in the retry queue while the job goes on. A batch that fails as a whole three
 * times in a row fails the job (resume tries again).
 */
public final class JobWorker {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);
    static final int MAX_FAILURES = 3;
    private static final int RETRIES_PER_RUN = 500;

    private final JobStore jobs;
    private final LedgerStore ledger;
    private final RollupStore rollups;
    private final LedgerKeeper keeper;
    private final WorklogSource source;
    private final RetryQueue retries;
    private final WorklogIntake intake;
    private final Transactions transactions;
    private final Clock clock;
    private final int batchSize;
    private final BackfillWriter writer;
    private final RepricingWriter repricer;

    public JobWorker(JobStore jobs, LedgerStore ledger, RollupStore rollups, LedgerKeeper keeper, WorklogSource source, RetryQueue retries,
                     WorklogIntake intake, Transactions transactions, Clock clock, int batchSize) {
        this(jobs, ledger, rollups, keeper, source, retries, intake, transactions, clock, batchSize, BackfillWriter.NONE);
    }

    /** With {@code writer} writing the back-fill's batches of new worklogs; it leaves the others to the ledger keeper. */
    public JobWorker(JobStore jobs, LedgerStore ledger, RollupStore rollups, LedgerKeeper keeper, WorklogSource source, RetryQueue retries,
                     WorklogIntake intake, Transactions transactions, Clock clock, int batchSize, BackfillWriter writer) {
        this(jobs, ledger, rollups, keeper, source, retries, intake, transactions, clock, batchSize, writer, RepricingWriter.NONE);
    }

    /** With {@code repricer} writing re-pricing's batches as well; it leaves those that need more than replacing rows to the ledger keeper. */
    public JobWorker(JobStore jobs, LedgerStore ledger, RollupStore rollups, LedgerKeeper keeper, WorklogSource source, RetryQueue retries,
                     WorklogIntake intake, Transactions transactions, Clock clock, int batchSize, BackfillWriter writer,
                     RepricingWriter repricer) {
        this.repricer = repricer;
        this.jobs = jobs;
        this.ledger = ledger;
        this.rollups = rollups;
        this.keeper = keeper;
        this.source = source;
        this.retries = retries;
        this.intake = intake;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.writer = writer;
    }

    /**
     * Does what is pending until there is nothing left or {@code stop} says so: the retries, the
     * jobs and the folding, each on its own (see {@link BackgroundRun}), with a health record of
     * its own.
     */
    public void runPending(BooleanSupplier stop) {
        new BackgroundRun(steps(), new StepHealth(), clock).run(stop);
    }

    /** Its steps of the background job, in order: retry queued changes, work on the jobs, fold the rollups. */
    public List<BackgroundStep> steps() {
        return List.of(
                BackgroundStep.of("worklog retries", (stop, failures) -> retryQueuedChanges(failures)),
                BackgroundStep.of("ledger jobs", this::runJobs),
                BackgroundStep.of("rollup folding", (stop, failures) -> foldRollups(failures)));
    }

    /** Works through the RUNNING jobs, oldest first; a job whose batch failed is reported and waits for the next run. */
    public void runJobs(BooleanSupplier stop, ItemFailures failures) {
        while (!stop.getAsBoolean()) {
            var next = jobs.nextRunning();
            if (next.isEmpty() || !run(next.get(), stop, failures)) {
                break;
            }
        }
    }

    /** Folds rollup rows; a row or group that cannot be folded is reported and left for the next run. */
    public void foldRollups(ItemFailures failures) {
        long folded = rollups.compactRollups(failures);
        if (folded > 0) {
            LOG.debug("Ratecard folded {} rollup rows", folded);
        }
    }

    /** Works on the job until it is no longer RUNNING or {@code stop} says so; false when a batch failed. */
    private boolean run(LedgerJob job, BooleanSupplier stop, ItemFailures failed) {
        if (job.total() == 0 && job.position() == 0 && job.done() == 0) {
            long total = job.kind() == JobKind.BACKFILL ? source.count() : ledger.countAffected(job.work());
            jobs.setTotal(job.id(), total, clock.instant());
        }
        int failures = job.failures();
        while (!stop.getAsBoolean()) {
            try {
                if (!nextBatch(job.id())) {
                    return true;
                }
                failures = 0;
            } catch (RuntimeException e) {
                if (job.kind() == JobKind.BACKFILL && backfillOneByOne(job.id(), failed)) {
                    LOG.warn("Ratecard applied a batch of back-fill {} one worklog at a time, as it failed as a whole: {}", job.id(),
                            String.valueOf(e));
                    failures = 0;
                    continue;
                }
                failures++;
                failed.failed("a batch of ledger job " + job.id() + " (attempt " + failures + " of " + MAX_FAILURES + ")", e);
                int attempts = failures;
                transactions.inTransaction(() -> {
                    jobs.recordFailure(job.id(), attempts, String.valueOf(e), clock.instant());
                    if (attempts >= MAX_FAILURES) {
                        jobs.setState(job.id(), JobState.FAILED, clock.instant());
                    }
                    return null;
                });
                return false;
            }
        }
        return true;
    }

    /**
     * After a back-fill batch failed: applies its worklogs one at a time, each in its own
     * transaction, queues each one that fails on its own for retry (reported to {@code failed}),
     * and moves the job past the batch. False, changing nothing, when not one of several worklogs
     * could be applied: then the failure is not a worklog's, and the batch counts as failed.
     */
    private boolean backfillOneByOne(long jobId, ItemFailures failed) {
        LedgerJob job = jobs.job(jobId).orElse(null);
        if (job == null || job.state() != JobState.RUNNING) {
            return false;
        }
        long began = System.nanoTime();
        List<WorklogRecord> records = source.after(job.position(), batchSize);
        BatchResult result = BatchResult.NONE;
        List<WorklogChange> refused = new ArrayList<>();
        List<RuntimeException> causes = new ArrayList<>();
        for (WorklogRecord record : records) {
            WorklogChange change = WorklogChange.saved(record);
            try {
                result = result.plus(transactions.inTransaction(() -> keeper.apply(List.of(change))));
            } catch (RuntimeException e) {
                refused.add(change);
                causes.add(e);
            }
        }
        if (records.isEmpty() || refused.size() == records.size() && records.size() > 1) {
            return false;
        }
        long done = result.applied() + result.stale();
        long skipped = result.skippedInvoiced();
        long millis = Math.max(1, Duration.ofNanos(System.nanoTime() - began).toMillis());
        transactions.inTransaction(() -> {
            for (int i = 0; i < refused.size(); i++) {
                retries.add(refused.get(i), String.valueOf(causes.get(i)), clock.instant());
            }
            recordProgress(job, records.get(records.size() - 1).worklogId(), done, skipped, millis);
            return null;
        });
        for (int i = 0; i < refused.size(); i++) {
            failed.failed("worklog " + refused.get(i).worklogId() + " of back-fill " + jobId + " (queued for retry)", causes.get(i));
        }
        return true;
    }

    /** One batch, committed with the job's progress; false when the job is finished or no longer RUNNING. */
    private boolean nextBatch(long jobId) {
        LedgerJob job = jobs.job(jobId).orElse(null);
        if (job == null || job.state() != JobState.RUNNING) {
            return false;
        }
        if (job.kind() != JobKind.BACKFILL) {
            return repriceNext(job);
        }
        long began = System.nanoTime();
        List<WorklogRecord> records = source.after(job.position(), batchSize);
        if (records.isEmpty()) {
            return transactions.inTransaction(() -> finishUnlessChanged(jobId, job.position()));
        }
        List<Long> ids = new ArrayList<>(records.size());
        records.forEach(record -> ids.add(record.worklogId()));
        long position = ids.get(ids.size() - 1);
        BackfillWriter.Outcome outcome = writer.write(job.position(), ids, () -> keeper.priceNew(records),
                result -> advance(job, position, result, began));
        if (outcome == BackfillWriter.Outcome.JOB_CHANGED && unchanged(jobId, job.position())) {
            writer.turnOff("its update of ledger job " + jobId + " found no row RUNNING at position " + job.position()
                    + ", which the job still is: the writer's tables are not the ones the job is read from");
            outcome = BackfillWriter.Outcome.LEFT;
        }
        if (outcome != BackfillWriter.Outcome.LEFT) {
            return true;
        }
        return transactions.inTransaction(() -> backfillBatch(jobId, job.position(), records, began));
    }

    /** The back-fill's batch through the ledger keeper, unless the job changed since its worklogs were read. */
    private boolean backfillBatch(long jobId, long readAt, List<WorklogRecord> records, long began) {
        LedgerJob job = jobs.job(jobId).orElse(null);
        if (job == null || job.state() != JobState.RUNNING || job.position() != readAt) {
            return true;
        }
        List<WorklogChange> changes = new ArrayList<>(records.size());
        records.forEach(record -> changes.add(WorklogChange.saved(record)));
        BatchResult result = keeper.apply(changes);
        recordProgress(job, records.get(records.size() - 1).worklogId(), result.applied() + result.stale(), result.skippedInvoiced(),
                millisSince(began));
        return true;
    }

    /**
     * The next re-pricing batch through the {@link RepricingWriter}, or through the ledger keeper when the writer leaves it
     * (locked or invoiced work that needs the keeper, a row changed meanwhile, the end of the work) or its write fails.
     */
    private boolean repriceNext(LedgerJob job) {
        long began = System.nanoTime();
        BackfillWriter.Outcome outcome;
        try {
            outcome = repricer.write(job.work(), job.position(), batchSize, keeper::planReprice,
                    (position, result) -> advance(job, position, result, began));
        } catch (RuntimeException e) {
            LOG.warn("Ratecard re-prices a batch of ledger job {} through Active Objects, as writing it by JDBC failed: {}", job.id(),
                    String.valueOf(e));
            outcome = BackfillWriter.Outcome.LEFT;
        }
        if (outcome == BackfillWriter.Outcome.JOB_CHANGED && unchanged(job.id(), job.position())) {
            repricer.turnOff("its update of ledger job " + job.id() + " found no row RUNNING at position " + job.position()
                    + ", which the job still is: the writer's tables are not the ones the job is read from");
            outcome = BackfillWriter.Outcome.LEFT;
        }
        if (outcome != BackfillWriter.Outcome.LEFT) {
            return true;
        }
        return transactions.inTransaction(() -> repriceBatch(job.id()));
    }

    private boolean repriceBatch(long jobId) {
        LedgerJob job = jobs.job(jobId).orElse(null);
        if (job == null || job.state() != JobState.RUNNING) {
            return false;
        }
        long began = System.nanoTime();
        List<LedgerEntry> entries = ledger.affectedEntries(job.work(), job.position(), batchSize);
        if (entries.isEmpty()) {
            return finish(job);
        }
        BatchResult result = keeper.reprice(entries);
        recordProgress(job, entries.get(entries.size() - 1).worklogId(), result.applied() + result.stale(), result.skippedInvoiced(),
                millisSince(began));
        return true;
    }

    /** The job's row after a batch written by the {@link BackfillWriter}: the counters {@link #recordProgress} would write. */
    private BackfillWriter.Advance advance(LedgerJob job, long position, BatchResult result, long began) {
        long done = job.done() + result.applied() + result.stale();
        long skipped = job.skipped() + result.skippedInvoiced();
        return new BackfillWriter.Advance(job.id(), job.position(), position, done, skipped, Math.max(job.total(), done + skipped),
                job.activeMillis() + millisSince(began), clock.instant());
    }

    private static long millisSince(long began) {
        return Math.max(1, Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    /**
     * Adds a batch to the job's counters. The total counted at the start misses work that arrived
     * since (a worklog logged during a back-fill, which the back-fill then meets): it grows to what
     * was processed, so the counters never exceed it.
     */
    private void recordProgress(LedgerJob job, long position, long done, long skipped, long millis) {
        jobs.recordProgress(job.id(), position, done, skipped, millis, clock.instant());
        long processed = job.done() + done + job.skipped() + skipped;
        if (processed > job.total()) {
            jobs.setTotal(job.id(), processed, clock.instant());
        }
    }

    private boolean unchanged(long jobId, long position) {
        return jobs.job(jobId).filter(job -> job.state() == JobState.RUNNING && job.position() == position).isPresent();
    }

    /** Finishes the back-fill, read again in the caller's transaction, unless it was paused, cancelled or moved on meanwhile. */
    private boolean finishUnlessChanged(long jobId, long position) {
        LedgerJob job = jobs.job(jobId).orElse(null);
        if (job == null || job.state() != JobState.RUNNING || job.position() != position) {
            return false;
        }
        return finish(job);
    }

    private boolean finish(LedgerJob job) {
        jobs.setState(job.id(), JobState.DONE, clock.instant());
        LOG.info("Ratecard ledger job {} ({}) is done: {} processed, {} invoiced kept their price", job.id(), job.kind(),
                job.done(), job.skipped());
        return false;
    }

    /** Applies the queued changes that are due; one that fails again is reported and postponed. */
    public void retryQueuedChanges(ItemFailures failures) {
        Instant now = clock.instant();
        for (RetryQueue.Retry retry : retries.due(now, RETRIES_PER_RUN)) {
            try {
                intake.retry(retry.change());
                retries.remove(retry.id());
            } catch (RuntimeException e) {
                int attempts = retry.attempts() + 1;
                Duration wait = Duration.ofMinutes(Math.min(60, 1L << Math.min(6, attempts)));
                retries.postpone(retry.id(), attempts, String.valueOf(e), now.plus(wait));
                failures.failed("queued " + retry.change() + " (attempt " + attempts + ", next try in " + wait + ")", e);
            }
        }
    }
}

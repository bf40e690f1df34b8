package io.github.ratecard.sandbox;

import io.github.ratecard.jobs.JobKind;
import io.github.ratecard.jobs.JobProgress;
import io.github.ratecard.jobs.JobService;
import io.github.ratecard.jobs.JobState;
import io.github.ratecard.jobs.LedgerJob;
import java.util.Optional;

/**
 * The back-fill job that prices the demo worklogs after a fresh start, as a new install prices Jira's
 * existing worklogs; the home page shows how far it has come, and the console says when it is done.
 */
final class DemoBackfill {

    private static final int RECENT_JOBS = 20;
    private static final long WATCH_MILLIS = 250;

    private final JobService jobs;
    private final long worklogs;
    private volatile Long jobId;

    DemoBackfill(JobService jobs, long worklogs) {
        this.jobs = jobs;
        this.worklogs = worklogs;
    }

    /** Starts the back-fill (once: a back-fill interrupted by a stop resumes where it was) and reports on the console when it is done. */
    void start() {
        jobs.startInitialBackfill();
        Thread watch = new Thread(this::reportWhenDone, "ratecard-demo-backfill-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The job's progress; until its first batch has measured the total, out of the demo's worklogs. */
    JobProgress progress() {
        return job().map(job -> JobProgress.of(job.done(), job.total() > 0 ? job.total() : worklogs, job.activeMillis()))
                .orElse(JobProgress.of(0, worklogs, 0));
    }

    boolean running() {
        return job().map(job -> job.state().isOpen()).orElse(false);
    }

    /** The newest back-fill, found once among the recent jobs (rate-card changes add re-pricing jobs after it). */
    private Optional<LedgerJob> job() {
        Long known = jobId;
        if (known != null) {
            return Optional.of(jobs.job(known));
        }
        Optional<LedgerJob> found = jobs.recent(RECENT_JOBS).stream().filter(job -> job.kind() == JobKind.BACKFILL).findFirst();
        found.ifPresent(job -> jobId = job.id());
        return found;
    }

    private void reportWhenDone() {
        try {
            while (running() || job().isEmpty()) {
                Thread.sleep(WATCH_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        job().filter(job -> job.state() == JobState.DONE).ifPresent(job -> System.out.printf(
                "Priced %,d demo worklogs by back-fill job %d in %.1f s of work%n", job.done(), job.id(), job.activeMillis() / 1e3));
    }
}

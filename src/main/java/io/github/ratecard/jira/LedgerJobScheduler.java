package io.github.ratecard.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.InitialBackfill;
import io.github.ratecard.jobs.JobTriggerRelay;
import io.github.ratecard.jobs.JobTrigger;
import io.github.ratecard.jobs.JobWorker;
import io.github.ratecard.jobs.StepHealth;
import java.time.Clock;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the app's background work through Jira's scheduler: one job id, run once per cluster
 * every minute (so two nodes never work on the ledger jobs at once). Asking to run soon
 * re-schedules that same job id to start in a moment. Each run is a {@link BackgroundRun}: its
 * steps run on their own, so a failing step is logged and recorded and the others still run.
 */
public class LedgerJobScheduler implements JobRunner, JobTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerJobScheduler.class);
    static final String RUNNER_KEY = "io.github.ratecard.ledger-jobs";
    static final String JOB_ID = "io.github.ratecard.ledger-jobs";
    private static final long INTERVAL_MILLIS = 60_000;
    private static final long SOON_MILLIS = 2_000;

    private final SchedulerService scheduler;
    private final BackgroundRun run;
    private final JobTriggerRelay relay;
    private final Clock clock;

    public LedgerJobScheduler(SchedulerService scheduler, JobWorker worker, InitialBackfill initialBackfill, BudgetWatch budgetWatch,
                              StepHealth health, JobTriggerRelay relay, Clock clock) {
        this.scheduler = scheduler;
        this.relay = relay;
        this.run = BackgroundRun.ofTheApp(initialBackfill, worker, budgetWatch, health, clock);
        this.clock = clock;
    }

    /** Called when the app starts on a node. */
    public void start() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        relay.connect(this);
        schedule(SOON_MILLIS * 5);
    }

    /** Called when the app stops on a node; the schedule stays for the other nodes. */
    public void stop() {
        relay.disconnect();
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    @Override
    public void runSoon() {
        schedule(SOON_MILLIS);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            run.run(request::isCancellationRequested);
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.error("Ratecard's background job failed; it runs again in a minute", e);
            return JobRunnerResponse.failed(e);
        }
    }

    private void schedule(long delayMillis) {
        try {
            scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, new Date(clock.millis() + delayMillis))));
        } catch (SchedulerServiceException e) {
            LOG.error("Ratecard could not schedule its background job; ledger jobs wait until the app restarts", e);
        }
    }
}

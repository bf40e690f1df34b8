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
import io.github.ratecard.insight.hints.HintDigest;
import io.github.ratecard.insight.hints.HintJob;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.StepHealth;
import java.time.Clock;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the hints through Jira's scheduler, once per cluster every five minutes: the evaluation when
 * it is due (daily, or soon after finance asked), then the weekly e-mails that are due. Each check
 * that finds nothing due costs one small query. Its own job id, so it never waits behind the ledger's jobs.
 */
public class HintJobScheduler implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(HintJobScheduler.class);
    static final String RUNNER_KEY = "io.github.ratecard.hint-jobs";
    static final String JOB_ID = "io.github.ratecard.hint-jobs";
    private static final long INTERVAL_MILLIS = 5 * 60_000;
    private static final long FIRST_DELAY_MILLIS = 2 * 60_000;

    private final SchedulerService scheduler;
    private final BackgroundRun run;
    private final Clock clock;

    public HintJobScheduler(SchedulerService scheduler, HintJob job, HintDigest digest, StepHealth health, Clock clock) {
        this.scheduler = scheduler;
        this.run = new BackgroundRun(HintJob.steps(job, digest), health, clock);
        this.clock = clock;
    }

    /** Called when the app starts on a node. */
    public void start() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        try {
            scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, new Date(clock.millis() + FIRST_DELAY_MILLIS))));
        } catch (SchedulerServiceException e) {
            LOG.error("Ratecard could not schedule its hints job; hints and their weekly e-mails wait until the app restarts", e);
        }
    }

    /** Called when the app stops on a node; the schedule stays for the other nodes. */
    public void stop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            run.run(request::isCancellationRequested);
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.error("Ratecard's hints job failed; it runs again in five minutes", e);
            return JobRunnerResponse.failed(e);
        }
    }
}

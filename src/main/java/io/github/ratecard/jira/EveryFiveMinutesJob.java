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
import io.github.ratecard.jobs.BackgroundRun;
import java.time.Clock;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job of the app's own that Jira's scheduler runs once per cluster every five minutes (or at the interval
 * its subclass gives), under a job id of its own so that it never waits behind another; each run does the
 * steps of its {@link BackgroundRun}. A failed run is logged and tried again at the next interval.
 */
abstract class EveryFiveMinutesJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EveryFiveMinutesJob.class);
    private static final long INTERVAL_MILLIS = 5 * 60_000;

    private final SchedulerService scheduler;
    private final long intervalMillis;
    private final String key;
    private final long firstDelayMillis;
    private final BackgroundRun run;
    private final Clock clock;
    private final String what;

    /** {@code what} names the work in log messages, e.g. "hints job". */
    EveryFiveMinutesJob(SchedulerService scheduler, String key, long firstDelayMillis, BackgroundRun run, Clock clock, String what) {
        this(scheduler, INTERVAL_MILLIS, key, firstDelayMillis, run, clock, what);
    }

    EveryFiveMinutesJob(SchedulerService scheduler, long intervalMillis, String key, long firstDelayMillis, BackgroundRun run, Clock clock,
                        String what) {
        this.scheduler = scheduler;
        this.intervalMillis = intervalMillis;
        this.key = key;
        this.firstDelayMillis = firstDelayMillis;
        this.run = run;
        this.clock = clock;
        this.what = what;
    }

    /** Called when the app starts on a node. */
    public void start() {
        scheduler.registerJobRunner(JobRunnerKey.of(key), this);
        try {
            scheduler.scheduleJob(JobId.of(key), JobConfig.forJobRunnerKey(JobRunnerKey.of(key))
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(intervalMillis, new Date(clock.millis() + firstDelayMillis))));
        } catch (SchedulerServiceException e) {
            LOG.error("Ratecard could not schedule its {}; {}", what, whatWaits(), e);
        }
    }

    /** What waits until the app restarts when the job cannot be scheduled. */
    abstract String whatWaits();

    /** Called when the app stops on a node; the schedule stays for the other nodes. */
    public void stop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(key));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            run.run(request::isCancellationRequested);
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.error("Ratecard's {} failed; it runs again in {} seconds", what, intervalMillis / 1000, e);
            return JobRunnerResponse.failed(e);
        }
    }
}

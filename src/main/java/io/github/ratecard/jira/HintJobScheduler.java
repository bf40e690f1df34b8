package io.github.ratecard.jira;

import com.atlassian.scheduler.SchedulerService;
import io.github.ratecard.insight.hints.HintDigest;
import io.github.ratecard.insight.hints.HintJob;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.StepHealth;
import java.time.Clock;

/**
 * Runs the hints through Jira's scheduler, once per cluster every five minutes: the evaluation when
 * it is due (daily, or soon after finance asked), then the weekly e-mails that are due. Each check
 * that finds nothing due costs one small query. Its own job id, so it never waits behind the ledger's jobs.
 */
public class HintJobScheduler extends EveryFiveMinutesJob {

    static final String RUNNER_KEY = "io.github.ratecard.hint-jobs";

    public HintJobScheduler(SchedulerService scheduler, HintJob job, HintDigest digest, StepHealth health, Clock clock) {
        super(scheduler, RUNNER_KEY, 2 * 60_000, new BackgroundRun(HintJob.steps(job, digest), health, clock), clock, "hints job");
    }

    @Override
    String whatWaits() {
        return "hints and their weekly e-mails wait until the app restarts";
    }
}

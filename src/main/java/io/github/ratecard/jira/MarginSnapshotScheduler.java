package io.github.ratecard.jira;

import com.atlassian.scheduler.SchedulerService;
import io.github.ratecard.insight.margin.MarginSnapshots;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.BackgroundStep;
import io.github.ratecard.jobs.StepHealth;
import java.time.Clock;
import java.util.List;

/**
 * Computes again the profitability snapshots finance keeps asking for, through Jira's scheduler, once per cluster every
 * minute, under a job id of its own. A run with nothing due costs one small query.
 */
public class MarginSnapshotScheduler extends EveryFiveMinutesJob {

    static final String RUNNER_KEY = "io.github.ratecard.margin-snapshots";
    static final long INTERVAL_MILLIS = 60_000;

    public MarginSnapshotScheduler(SchedulerService scheduler, MarginSnapshots snapshots, StepHealth health, Clock clock) {
        super(scheduler, INTERVAL_MILLIS, RUNNER_KEY, 60_000, new BackgroundRun(steps(snapshots), health, clock), clock,
                "profitability snapshot job");
    }

    /** The step the job runs. */
    public static List<BackgroundStep> steps(MarginSnapshots snapshots) {
        return List.of(BackgroundStep.of("profitability snapshots", snapshots::refresh));
    }

    @Override
    String whatWaits() {
        return "profitability snapshots are computed on request only until the app restarts";
    }
}

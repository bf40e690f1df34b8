package io.github.ratecard.jira;

import com.atlassian.scheduler.SchedulerService;
import io.github.ratecard.app.ApprovalNotices;
import io.github.ratecard.app.TimesheetAutoSubmit;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.StepHealth;
import java.time.Clock;

/**
 * Runs the timesheet work through Jira's scheduler, once per cluster every five minutes: automatic
 * submits of ended periods, then the e-mails of new pending changes. Its own job id, so it never
 * waits behind a long back-fill of the ledger jobs. Each step runs on its own ({@link BackgroundRun}).
 */
public class TimesheetJobScheduler extends EveryFiveMinutesJob {

    static final String RUNNER_KEY = "io.github.ratecard.timesheet-jobs";

    public TimesheetJobScheduler(SchedulerService scheduler, TimesheetAutoSubmit autoSubmit, ApprovalNotices notices, StepHealth health,
                                 Clock clock) {
        super(scheduler, RUNNER_KEY, 60_000, new BackgroundRun(TimesheetAutoSubmit.steps(autoSubmit, notices), health, clock), clock, "timesheet job");
    }

    @Override
    String whatWaits() {
        return "automatic submits and pending-change e-mails wait until the app restarts";
    }
}

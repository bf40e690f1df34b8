package io.github.ratecard.jira;

import com.atlassian.scheduler.SchedulerService;
import io.github.ratecard.contract.ContractWatch;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.BackgroundStep;
import io.github.ratecard.jobs.StepHealth;
import java.time.Clock;
import java.util.List;

/** Checks the contracts' alert thresholds through Jira's scheduler, once per cluster every five minutes, under a job id of its own. */
public class ContractAlertScheduler extends EveryFiveMinutesJob {

    static final String RUNNER_KEY = "io.github.ratecard.contract-alerts";

    public ContractAlertScheduler(SchedulerService scheduler, ContractWatch watch, StepHealth health, Clock clock) {
        super(scheduler, RUNNER_KEY, 90_000, new BackgroundRun(steps(watch), health, clock), clock, "contract alerts job");
    }

    /** The step the job runs: every account with thresholds, in this month of the reporting time zone. */
    public static List<BackgroundStep> steps(ContractWatch watch) {
        return List.of(BackgroundStep.of("contract alerts", (stop, failures) -> watch.check(watch.thisMonth(), failures)));
    }

    @Override
    String whatWaits() {
        return "contract alerts wait until the app restarts";
    }
}

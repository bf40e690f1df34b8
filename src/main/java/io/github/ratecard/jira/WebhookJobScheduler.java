package io.github.ratecard.jira;

import com.atlassian.scheduler.SchedulerService;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.BackgroundStep;
import io.github.ratecard.jobs.StepHealth;
import io.github.ratecard.webhook.DeliverySender;
import java.time.Clock;
import java.util.List;

/**
 * Sends the due webhook deliveries through Jira's scheduler, once per cluster every minute: the shortest wait of
 * the back-off, so a retry is late by at most a minute. Its own job id, so it never waits behind the ledger's jobs.
 * A run with nothing due costs one small query.
 */
public class WebhookJobScheduler extends EveryFiveMinutesJob {

    static final String RUNNER_KEY = "io.github.ratecard.webhook-deliveries";
    static final long INTERVAL_MILLIS = 60_000;

    public WebhookJobScheduler(SchedulerService scheduler, DeliverySender sender, StepHealth health, Clock clock) {
        super(scheduler, INTERVAL_MILLIS, RUNNER_KEY, 30_000, new BackgroundRun(steps(sender), health, clock), clock, "webhook job");
    }

    /** The step the cluster's background job runs. */
    public static List<BackgroundStep> steps(DeliverySender sender) {
        return List.of(BackgroundStep.of("webhook deliveries", (stop, failures) -> sender.sendDue(stop)));
    }

    @Override
    String whatWaits() {
        return "webhook deliveries wait until the app restarts";
    }
}

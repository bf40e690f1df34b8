package io.github.ratecard.jobs;

import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.ledger.ItemFailures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the cluster's background job: its steps in order, each on its own. A step that
 * fails is logged under its name and recorded in the step health, and the next step runs all
 * the same; a failed item is recorded the same way and stays for the next run. So one bad record
 * never stops the work of every other step, such as the budget alerts at the end.
 */
public final class BackgroundRun {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRun.class);

    private final List<BackgroundStep> steps;
    private final StepHealth health;
    private final Clock clock;

    public BackgroundRun(List<BackgroundStep> steps, StepHealth health, Clock clock) {
        this.steps = List.copyOf(steps);
        this.health = health;
        this.clock = clock;
    }

    /**
     * The app's job: start the first back-fill, retry queued worklog changes, work on the ledger
     * jobs, fold the rollups, then check the budgets for alerts.
     */
    public static BackgroundRun ofTheApp(InitialBackfill initialBackfill, JobWorker worker, BudgetWatch budgetWatch, StepHealth health,
                                         Clock clock) {
        List<BackgroundStep> steps = new ArrayList<>();
        steps.add(BackgroundStep.of("initial back-fill", (stop, failures) -> initialBackfill.startOnce()));
        steps.addAll(worker.steps());
        steps.add(budgetAlerts(budgetWatch));
        return new BackgroundRun(steps, health, clock);
    }

    /** Checks every budget running today for alerts; a budget that cannot be checked is a failed item. */
    public static BackgroundStep budgetAlerts(BudgetWatch budgetWatch) {
        return BackgroundStep.of("budget alerts", (stop, failures) -> budgetWatch.check(budgetWatch.today(), failures));
    }

    /** Runs the steps until they are done or {@code stop} says so (then the remaining steps wait for the next run). */
    public void run(BooleanSupplier stop) {
        for (BackgroundStep step : steps) {
            if (stop.getAsBoolean()) {
                return;
            }
            runOne(step, stop);
        }
    }

    private void runOne(BackgroundStep step, BooleanSupplier stop) {
        String name = step.name();
        ItemFailures failures = (item, cause) -> {
            LOG.error("Ratecard's background step '{}' could not process {}; it is tried again with the next run", name, item, cause);
            health.itemFailed(name, item, cause, clock.instant());
        };
        try {
            step.run(stop, failures);
            health.succeeded(name, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Ratecard's background step '{}' failed; the other steps go on, and it runs again with the next run", name, e);
            health.failed(name, e, clock.instant());
        }
    }
}

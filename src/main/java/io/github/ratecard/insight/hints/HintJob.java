package io.github.ratecard.insight.hints;

import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.jobs.BackgroundStep;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the hints when due: once a day, and soon after finance asks. One run reads the facts,
 * runs every rule and merges the findings into the stored hints in one transaction; a rule that
 * fails is recorded with the run (and reported) while the others' hints are kept. Found hints get
 * only their new figures; a state changes only if it is still what the run read, so a dismissal
 * made while the run works stays.
 */
public final class HintJob {

    static final Duration DAILY = Duration.ofHours(24);

    private final java.util.function.Function<LocalDate, HintFacts> reader;
    private final HintEngine engine;
    private final HintStore store;
    private final HintRuns runs;
    private final ReportingSettings settings;
    private final Transactions transactions;
    private final Clock clock;
    private final WebhookEvents events;

    public HintJob(HintFactsReader reader, HintStore store, HintRuns runs, ReportingSettings settings, Transactions transactions, Clock clock) {
        this(reader::read, new HintEngine(HintEngine.allRules()), store, runs, settings, transactions, clock);
    }

    /** {@code events}: where each newly opened hint is announced (to webhooks), in the run's transaction. */
    public HintJob(HintFactsReader reader, HintStore store, HintRuns runs, ReportingSettings settings, Transactions transactions, Clock clock,
                   WebhookEvents events) {
        this(reader::read, new HintEngine(HintEngine.allRules()), store, runs, settings, transactions, clock, events);
    }

    HintJob(java.util.function.Function<LocalDate, HintFacts> reader, HintEngine engine, HintStore store, HintRuns runs, ReportingSettings settings, Transactions transactions,
            Clock clock) {
        this(reader, engine, store, runs, settings, transactions, clock, WebhookEvents.NONE);
    }

    HintJob(java.util.function.Function<LocalDate, HintFacts> reader, HintEngine engine, HintStore store, HintRuns runs, ReportingSettings settings, Transactions transactions,
            Clock clock, WebhookEvents events) {
        this.events = events;
        this.reader = reader;
        this.engine = engine;
        this.store = store;
        this.runs = runs;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The steps the cluster's background job runs: the evaluation when due, then the weekly e-mails. */
    public static List<BackgroundStep> steps(HintJob job, HintDigest digest) {
        return List.of(BackgroundStep.of("cost-optimisation hints", (stop, failures) -> job.runIfDue(failures)),
                BackgroundStep.of("weekly hints e-mail", (stop, failures) -> digest.sendDue(failures)));
    }

    public boolean isDue() {
        Optional<HintRuns.Run> latest = runs.latest();
        if (latest.isEmpty() || latest.get().finishedAt().isEmpty()) {
            return true;
        }
        return !latest.get().finishedAt().get().plus(DAILY).isAfter(clock.instant());
    }

    /** Runs when due; returns whether it ran. */
    public boolean runIfDue(ItemFailures failures) {
        if (!isDue()) {
            return false;
        }
        run(failures);
        return true;
    }

    /** Runs now; each failed rule is reported to {@code failures} as well as kept with the run. */
    public HintEngine.Evaluation run(ItemFailures failures) {
        return runAsOf(LocalDate.now(clock.withZone(settings.reportingZone())), failures);
    }

    /** Runs as if {@code today} were the day (for a demo told as of a day of its own). */
    public HintEngine.Evaluation runAsOf(LocalDate today, ItemFailures failures) {
        HintEngine.Evaluation evaluation = engine.evaluate(reader.apply(today));
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            List<Hint> stored = store.all();
            List<String> failedRules = evaluation.failures().stream().map(HintEngine.RuleFailure::ruleId).toList();
            List<Hint> kept = stored.stream().filter(hint -> !failedRules.contains(hint.finding().ruleId())).toList();
            HintReconciler.Plan plan = HintReconciler.reconcile(kept, evaluation.findings(), now);
            store.saveAll(plan.opened());
            plan.opened().forEach(hint -> events.publish(WebhookEvent.HINT_RAISED, "hint:" + hint.fingerprint(), HintWebhooks.data(hint)));
            store.refresh(plan.refreshed(), now);
            plan.stateChanges().forEach(change -> store.changeState(change.id(), change.from(), change.to(), Optional.empty()));
            runs.finished(now, evaluation.failures(), evaluation.findings().size());
            return null;
        });
        evaluation.failures().forEach(failure -> failures.failed("hint rule " + failure.ruleId(), new IllegalStateException(failure.message())));
        return evaluation;
    }
}

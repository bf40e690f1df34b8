package io.github.ratecard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the background job's steps went on this node since it started: runs, failed runs, items
 * that failed, and the last failure. Read by the health endpoint; the job runs on one node of
 * the cluster at a time, so another node may show none of it.
 */
public final class StepHealth {

    /** One step's record; {@code lastError} and {@code lastFailure} are empty until something failed. */
    public record StepStatus(String step, long runs, long failedRuns, long failedItems, Instant lastRun, Instant lastFailure,
                             String lastError) {
    }

    private final Map<String, StepStatus> steps = new LinkedHashMap<>();

    public synchronized void succeeded(String step, Instant at) {
        StepStatus was = of(step);
        steps.put(step, new StepStatus(step, was.runs() + 1, was.failedRuns(), was.failedItems(), at, was.lastFailure(), was.lastError()));
    }

    public synchronized void failed(String step, RuntimeException cause, Instant at) {
        StepStatus was = of(step);
        steps.put(step, new StepStatus(step, was.runs() + 1, was.failedRuns() + 1, was.failedItems(), at, at, String.valueOf(cause)));
    }

    public synchronized void itemFailed(String step, String item, RuntimeException cause, Instant at) {
        StepStatus was = of(step);
        steps.put(step, new StepStatus(step, was.runs(), was.failedRuns(), was.failedItems() + 1, was.lastRun(), at, item + ": " + cause));
    }

    /** Every step that ran, in the order they first ran. */
    public synchronized List<StepStatus> steps() {
        return new ArrayList<>(steps.values());
    }

    private StepStatus of(String step) {
        return steps.getOrDefault(step, new StepStatus(step, 0, 0, 0, null, null, null));
    }
}

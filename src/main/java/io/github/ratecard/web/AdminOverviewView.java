package io.github.ratecard.web;

import io.github.ratecard.jobs.StepHealth;
import java.util.Comparator;
import java.util.List;

/** What the admin overview page shows, already formatted for display. */
public final class AdminOverviewView {

    private final String version;
    private final String eventsReceived;
    private final String eventsFailed;
    private final String backgroundFailures;
    private final String lastBackgroundFailure;

    public AdminOverviewView(String version, String eventsReceived, String eventsFailed, String backgroundFailures,
                             String lastBackgroundFailure) {
        this.version = version;
        this.eventsReceived = eventsReceived;
        this.eventsFailed = eventsFailed;
        this.backgroundFailures = backgroundFailures;
        this.lastBackgroundFailure = lastBackgroundFailure;
    }

    /** The background job's failed runs and items added up, and the latest failure as "step, when: what" (empty when none). */
    public static AdminOverviewView of(String version, long eventsReceived, long eventsFailed, List<StepHealth.StepStatus> steps) {
        long failures = steps.stream().mapToLong(step -> step.failedRuns() + step.failedItems()).sum();
        String last = steps.stream().filter(step -> step.lastFailure() != null).max(Comparator.comparing(StepHealth.StepStatus::lastFailure))
                .map(step -> step.step() + ", " + step.lastFailure() + ": " + step.lastError()).orElse("");
        return new AdminOverviewView(version, Long.toString(eventsReceived), Long.toString(eventsFailed), Long.toString(failures), last);
    }

    public String getVersion() {
        return version;
    }

    public String getEventsReceived() {
        return eventsReceived;
    }

    public String getEventsFailed() {
        return eventsFailed;
    }

    public String getBackgroundFailures() {
        return backgroundFailures;
    }

    public String getLastBackgroundFailure() {
        return lastBackgroundFailure;
    }
}

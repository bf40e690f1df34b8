package io.github.ratecard.approval;

import java.time.Instant;
import java.util.Objects;

/** One step in a timesheet's history: the action, the states before and after, who (null for Ratecard itself), when, and the reason. */
public record TimesheetEvent(TimesheetAction action, TimesheetState from, TimesheetState to, String byUserKey, Instant at, String reason) {

    public TimesheetEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}

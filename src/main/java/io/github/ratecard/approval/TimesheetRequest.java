package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An action asked of a timesheet, with what the rules need to decide it: who asks (empty for
 * Ratecard itself at the period's end), the reason given, today in the reporting time zone, the
 * projects the timesheet's time was logged in, and whether all of them submit automatically.
 */
public record TimesheetRequest(TimesheetAction action, Optional<Actor> actor, String reason, LocalDate today, Set<Long> projects,
                               boolean autoSubmit) {

    public TimesheetRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(today, "today");
        projects = Set.copyOf(projects);
    }
}

package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A timesheet as the locks and reports need it: whose, which period, its state, and the projects it covered
 * when it was last approved (empty when that was not recorded; then the projects' current cadence decides).
 */
public record CoveredTimesheet(String userKey, TimesheetPeriod period, TimesheetState state, Set<Long> projects) {

    public CoveredTimesheet {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
        projects = Set.copyOf(projects);
    }

    /** Whether the timesheet, as approved, covers the project's work on the day. */
    public boolean covers(long projectId, LocalDate day) {
        return projects.contains(projectId) && period.contains(day);
    }
}

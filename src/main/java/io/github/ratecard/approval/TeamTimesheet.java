package io.github.ratecard.approval;

import java.util.Set;

/**
 * One line of the approvals page: a timesheet (OPEN and unsaved when its user has not acted yet), the
 * projects it covers, its figures, and whether its work changed after it was submitted or approved
 * (Jira's edits since then, or open pending changes of its approved work).
 */
public record TeamTimesheet(Timesheet sheet, Set<Long> projects, PeriodWork.Figures figures, boolean changedSince, int pendingChanges) {

    public TeamTimesheet {
        projects = Set.copyOf(projects);
    }

    /** The billable share of the worked time in whole percent (0 without work). */
    public int billablePercent() {
        long worked = figures.workedSeconds();
        return worked == 0 ? 0 : (int) ((figures.billableSeconds() * 200 + worked) / (2 * worked));
    }
}

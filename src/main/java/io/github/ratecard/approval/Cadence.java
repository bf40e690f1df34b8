package io.github.ratecard.approval;

/** How long a timesheet runs, a setting of each project: an ISO week (Monday to Sunday) or a calendar month. */
public enum Cadence {
    WEEK,
    MONTH
}

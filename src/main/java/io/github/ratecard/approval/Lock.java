package io.github.ratecard.approval;

/** Why work on a day may not change silently. */
public enum Lock {
    /** The day lies in an approved timesheet of the work's user. */
    APPROVED_TIMESHEET,
    /** The day's month is closed, for every project or for the work's project. */
    CLOSED_PERIOD
}

package io.github.ratecard.approval;

/** What someone, or the period's end, does to a timesheet. */
public enum TimesheetAction {
    SUBMIT,
    /** Submitted by Ratecard when the period has ended and its projects ask for it. */
    AUTO_SUBMIT,
    APPROVE,
    REJECT,
    REOPEN
}

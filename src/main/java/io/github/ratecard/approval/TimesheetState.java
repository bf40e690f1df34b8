package io.github.ratecard.approval;

/** Where a timesheet is in its approval; {@link TimesheetRules} says which action leads from which state to which. */
public enum TimesheetState {
    /** Time may be logged and changed; nobody has been asked to approve it. */
    OPEN,
    /** Handed in for approval, by its user or automatically at the period's end. */
    SUBMITTED,
    /** Approved: its time is what invoices, payroll and reports rely on; changes are held as pending. */
    APPROVED,
    /** Sent back with a reason; its user corrects it and submits it again. */
    REJECTED,
    /** An approved timesheet opened again, with a reason, to be corrected and submitted again. */
    REOPENED
}

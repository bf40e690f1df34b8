package io.github.ratecard.approval;

import java.util.Locale;

/**
 * Which work a report shows by the state of the timesheet it lies in: all of it, approved time, submitted time
 * (waiting for an approver), or open time (not submitted yet, rejected, or reopened).
 */
public enum ApprovalFilter {
    ALL,
    APPROVED,
    SUBMITTED,
    OPEN;

    public boolean admits(TimesheetState state) {
        return switch (this) {
            case ALL -> true;
            case APPROVED -> state == TimesheetState.APPROVED;
            case SUBMITTED -> state == TimesheetState.SUBMITTED;
            case OPEN -> state != TimesheetState.APPROVED && state != TimesheetState.SUBMITTED;
        };
    }

    /** The name as requests and settings spell it: {@code all}, {@code approved}, {@code submitted}, {@code open}. */
    public String spelled() {
        return name().toLowerCase(Locale.ROOT);
    }
}

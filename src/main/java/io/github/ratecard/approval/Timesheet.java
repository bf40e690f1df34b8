package io.github.ratecard.approval;

import java.util.Objects;

/** One user's timesheet for one period, and where it is in its approval; {@code id} 0 before it is stored. */
public record Timesheet(long id, String userKey, TimesheetPeriod period, TimesheetState state) {

    public Timesheet {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
    }

    /** A timesheet nobody has acted on yet. */
    public static Timesheet open(String userKey, TimesheetPeriod period) {
        return new Timesheet(0, userKey, period, TimesheetState.OPEN);
    }

    public Timesheet in(TimesheetState next) {
        return new Timesheet(id, userKey, period, next);
    }
}

package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The locks of one moment, from the approval states and closed months read for it: work is locked
 * by an approved timesheet of its user for the period its project's cadence puts the day in, and
 * by its project's closed month.
 */
public final class ApprovalLocks implements Locks {

    /** The state of a user's timesheet for a period; {@link TimesheetState#OPEN} when there is none. */
    @FunctionalInterface
    public interface States {
        TimesheetState of(String userKey, TimesheetPeriod period);
    }

    private final LongFunction<Cadence> cadenceOfProject;
    private final States states;
    private final ClosedMonths closed;

    public ApprovalLocks(LongFunction<Cadence> cadenceOfProject, States states, ClosedMonths closed) {
        this.cadenceOfProject = cadenceOfProject;
        this.states = states;
        this.closed = closed;
    }

    @Override
    public Set<Lock> on(String userKey, long projectId, LocalDate day) {
        Set<Lock> locks = EnumSet.noneOf(Lock.class);
        TimesheetPeriod period = TimesheetPeriod.containing(cadenceOfProject.apply(projectId), day);
        if (states.of(userKey, period) == TimesheetState.APPROVED) {
            locks.add(Lock.APPROVED_TIMESHEET);
        }
        if (closed.isClosed(projectId, day)) {
            locks.add(Lock.CLOSED_PERIOD);
        }
        return locks;
    }
}

package io.github.ratecard.approval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The locks as stored now: each project's cadence, each timesheet's state and each month's close read
 * once and remembered, so one object serves a batch of changes with a handful of reads. Made for one
 * batch on one thread: it does not see what others change meanwhile.
 */
public final class StoredLocks implements Locks {

    private final TimesheetStore timesheets;
    private final TimesheetSettings settings;
    private final PeriodCloseStore closes;
    private final Map<Long, Cadence> cadences = new HashMap<>();
    private final Map<String, TimesheetState> states = new HashMap<>();
    private final Map<String, Boolean> closed = new HashMap<>();

    public StoredLocks(TimesheetStore timesheets, TimesheetSettings settings, PeriodCloseStore closes) {
        this.timesheets = timesheets;
        this.settings = settings;
        this.closes = closes;
    }

    @Override
    public Set<Lock> on(String userKey, long projectId, LocalDate day) {
        Set<Lock> locks = EnumSet.noneOf(Lock.class);
        TimesheetPeriod period = TimesheetPeriod.containing(cadences.computeIfAbsent(projectId, settings::cadence), day);
        TimesheetState state = states.computeIfAbsent(userKey + '\0' + period.cadence() + period.first(),
                key -> timesheets.find(userKey, period).map(Timesheet::state).orElse(TimesheetState.OPEN));
        if (state == TimesheetState.APPROVED) {
            locks.add(Lock.APPROVED_TIMESHEET);
        }
        YearMonth month = YearMonth.from(day);
        if (closed(CloseScope.GLOBAL, month) || closed(CloseScope.project(projectId), month)) {
            locks.add(Lock.CLOSED_PERIOD);
        }
        return locks;
    }

    private boolean closed(CloseScope scope, YearMonth month) {
        return closed.computeIfAbsent(scope.key() + "|" + month, key -> closes.isClosed(scope, month));
    }
}

package io.github.ratecard.approval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each of a few worklogs stands in the approval: approved when an approved timesheet of its user
 * covered its project on its day (as the locks decide, whatever the project's cadence has become since),
 * else the state of its user's timesheet for the period its project's cadence puts its day in; whether its
 * month is closed, and whether Jira changed it after approval (an open pending change). Reads a fixed number
 * of statements for any number of worklogs of one project: its cadence, the timesheets of those periods, the
 * approved timesheets around the days, the closed months and the pending changes, one read each (per few
 * hundred worklogs).
 */
public final class ApprovalMarks {

    /** One worklog as the marks need it. */
    public record Work(long worklogId, String userKey, long projectId, LocalDate day) {
    }

    /**
     * A worklog's marks: its timesheet's state when someone acted on it (never OPEN), whether its month
     * is closed, and whether a change of it waits as a pending change.
     */
    public record Mark(Optional<TimesheetState> state, boolean closedPeriod, boolean changedAfterApproval) {

        public static final Mark NONE = new Mark(Optional.empty(), false, false);

        public boolean any() {
            return state.isPresent() || closedPeriod || changedAfterApproval;
        }
    }

    private final TimesheetStore timesheets;
    private final TimesheetSettings settings;
    private final PeriodCloseStore closes;
    private final PendingChangeStore pending;

    public ApprovalMarks(TimesheetStore timesheets, TimesheetSettings settings, PeriodCloseStore closes, PendingChangeStore pending) {
        this.timesheets = timesheets;
        this.settings = settings;
        this.closes = closes;
        this.pending = pending;
    }

    /** The marks of each worklog, by its id; {@link Mark#NONE} for work nobody has acted on. */
    public Map<Long, Mark> of(Collection<Work> work) {
        Map<Long, Mark> marks = new LinkedHashMap<>();
        if (work.isEmpty()) {
            return marks;
        }
        Map<Long, Cadence> cadences = new HashMap<>();
        Map<Long, TimesheetStore.UserPeriod> periods = new LinkedHashMap<>();
        for (Work one : work) {
            Cadence cadence = cadences.computeIfAbsent(one.projectId(), settings::cadence);
            periods.put(one.worklogId(), new TimesheetStore.UserPeriod(one.userKey(), TimesheetPeriod.containing(cadence, one.day())));
        }
        Map<TimesheetStore.UserPeriod, TimesheetState> states = timesheets.storedOf(periods.values()).stream()
                .collect(Collectors.toMap(sheet -> new TimesheetStore.UserPeriod(sheet.userKey(), sheet.period()), Timesheet::state, (a, b) -> a));
        List<LocalDate> days = work.stream().map(Work::day).sorted().toList();
        Map<String, List<CoveredTimesheet>> approved = timesheets.approvedCovering(days.get(0).minusDays(31), days.get(days.size() - 1),
                work.stream().map(Work::userKey).collect(Collectors.toCollection(java.util.TreeSet::new))).stream()
                .collect(Collectors.groupingBy(CoveredTimesheet::userKey));
        List<YearMonth> months = work.stream().map(one -> YearMonth.from(one.day())).sorted().toList();
        ClosedMonths closed = closes.closedBetween(months.get(0), months.get(months.size() - 1));
        Set<Long> changed = pending.withOpenChange(work.stream().map(Work::worklogId).toList());
        for (Work one : work) {
            boolean covered = approved.getOrDefault(one.userKey(), List.of()).stream().anyMatch(sheet -> sheet.covers(one.projectId(), one.day()));
            Optional<TimesheetState> state = covered ? Optional.of(TimesheetState.APPROVED)
                    : Optional.ofNullable(states.get(periods.get(one.worklogId()))).filter(s -> s != TimesheetState.OPEN);
            marks.put(one.worklogId(), new Mark(state, closed.isClosed(one.projectId(), one.day()), changed.contains(one.worklogId())));
        }
        return marks;
    }
}

package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The approval state of work, from the timesheets read once for a report or a draft: approved when an approved
 * timesheet of its user covered its project on its day, else the state of its user's timesheet for the period its
 * project's cadence puts the day in ({@link TimesheetState#OPEN} when there is none). The same rule as the locks.
 */
public final class TimesheetStates {

    private final Map<String, TimesheetState> byPeriod = new HashMap<>();
    private final Map<String, List<CoveredTimesheet>> approved = new HashMap<>();
    private final Map<Long, Cadence> cadences = new HashMap<>();
    private final LongFunction<Cadence> cadenceOfProject;

    public TimesheetStates(List<CoveredTimesheet> timesheets, LongFunction<Cadence> cadenceOfProject) {
        this.cadenceOfProject = cadenceOfProject;
        for (CoveredTimesheet sheet : timesheets) {
            byPeriod.put(key(sheet.userKey(), sheet.period()), sheet.state());
            if (sheet.state() == TimesheetState.APPROVED && !sheet.projects().isEmpty()) {
                approved.computeIfAbsent(sheet.userKey(), user -> new ArrayList<>()).add(sheet);
            }
        }
    }

    public TimesheetState of(String userKey, long projectId, LocalDate day) {
        if (approved.getOrDefault(userKey, List.of()).stream().anyMatch(sheet -> sheet.covers(projectId, day))) {
            return TimesheetState.APPROVED;
        }
        TimesheetPeriod period = TimesheetPeriod.containing(cadences.computeIfAbsent(projectId, cadenceOfProject::apply), day);
        return byPeriod.getOrDefault(key(userKey, period), TimesheetState.OPEN);
    }

    private static String key(String userKey, TimesheetPeriod period) {
        return userKey + '\0' + period.cadence() + period.first();
    }
}

package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.approval.TimesheetWork;
import io.github.ratecard.domain.DateRange;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;

/** The projects of a user's live ledger entries on the days of a timesheet, read from RC_LEDGER. */
public class AoTimesheetWork implements TimesheetWork {

    private final ActiveObjects ao;

    public AoTimesheetWork(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Set<Long> projectsOf(String userKey, DateRange days) {
        Set<Long> projects = new TreeSet<>();
        ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.PROJECT_ID).where(LedgerEntity.AUTHOR_KEY + " = ? AND "
                        + LedgerEntity.WORK_DAY + " >= ? AND " + LedgerEntity.WORK_DAY + " <= ? AND " + LedgerRows.LIVE, userKey,
                days.first().toEpochDay(), days.last().toEpochDay()),
                row -> projects.add(row.getProjectId()));
        return projects;
    }

    @Override
    public Map<LocalDate, Long> secondsPerDay(String userKey, DateRange days) {
        Map<LocalDate, Long> seconds = new TreeMap<>();
        ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.WORK_DAY + ", " + LedgerEntity.WORKED_SECONDS)
                        .where(LedgerEntity.AUTHOR_KEY + " = ? AND " + LedgerEntity.WORK_DAY + " >= ? AND " + LedgerEntity.WORK_DAY + " <= ? AND "
                                + LedgerRows.LIVE, userKey, days.first().toEpochDay(), days.last().toEpochDay()),
                row -> seconds.merge(LocalDate.ofEpochDay(row.getWorkDay()), row.getWorkedSeconds(), Long::sum));
        return seconds;
    }

    @Override
    public Set<String> usersOf(long projectId, DateRange days) {
        Set<String> users = new TreeSet<>();
        ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.AUTHOR_KEY).where(LedgerEntity.PROJECT_ID + " = ? AND "
                        + LedgerEntity.WORK_DAY + " >= ? AND " + LedgerEntity.WORK_DAY + " <= ? AND " + LedgerRows.LIVE, projectId,
                days.first().toEpochDay(), days.last().toEpochDay()),
                row -> users.add(row.getAuthorKey()));
        return users;
    }
}

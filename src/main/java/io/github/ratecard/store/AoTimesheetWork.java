package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.approval.PeriodWork;
import io.github.ratecard.approval.TimesheetWork;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.ledger.PricingStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;

/** The work behind timesheets, read from RC_LEDGER: a user's projects, days and issues, and every user's figures of a period. */
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
    public Map<Long, Map<LocalDate, Long>> secondsPerIssueAndDay(String userKey, DateRange days) {
        Map<Long, Map<LocalDate, Long>> seconds = new TreeMap<>();
        ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.ISSUE_ID + ", " + LedgerEntity.WORK_DAY + ", "
                        + LedgerEntity.WORKED_SECONDS).where(LedgerEntity.AUTHOR_KEY + " = ? AND " + LedgerEntity.WORK_DAY + " >= ? AND "
                        + LedgerEntity.WORK_DAY + " <= ? AND " + LedgerRows.LIVE, userKey, days.first().toEpochDay(), days.last().toEpochDay()),
                row -> seconds.computeIfAbsent(row.getIssueId(), issue -> new TreeMap<>())
                        .merge(LocalDate.ofEpochDay(row.getWorkDay()), row.getWorkedSeconds(), Long::sum));
        return seconds;
    }

    /** One read of the range's rows, deletion marks included (they date a change); figures summed per user and project. */
    @Override
    public Map<String, PeriodWork> everyonesWork(DateRange days) {
        Map<String, Map<Long, PeriodWork.Figures>> figures = new TreeMap<>();
        ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.AUTHOR_KEY + ", " + LedgerEntity.PROJECT_ID + ", "
                        + LedgerEntity.WORKED_SECONDS + ", " + LedgerEntity.BILLABLE + ", " + LedgerEntity.STATUS + ", "
                        + LedgerEntity.SOURCE_UPDATED_MILLIS + ", " + LedgerEntity.DELETED_MILLIS)
                        .where(LedgerEntity.WORK_DAY + " >= ? AND " + LedgerEntity.WORK_DAY + " <= ?", days.first().toEpochDay(), days.last().toEpochDay()),
                row -> figures.computeIfAbsent(row.getAuthorKey(), user -> new TreeMap<>()).merge(row.getProjectId(), figuresOf(row),
                        PeriodWork.Figures::plus));
        Map<String, PeriodWork> work = new TreeMap<>();
        figures.forEach((user, byProject) -> work.put(user, new PeriodWork(user, byProject)));
        return work;
    }

    private static PeriodWork.Figures figuresOf(LedgerEntity row) {
        if (row.getDeletedMillis() != null) {
            return new PeriodWork.Figures(0, 0, 0, row.getDeletedMillis());
        }
        long worked = row.getWorkedSeconds();
        return new PeriodWork.Figures(worked, row.isBillable() ? worked : 0, PricingStatus.PRICED.name().equals(row.getStatus()) ? 0 : 1,
                row.getSourceUpdatedMillis());
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

package io.github.ratecard.approval;

import io.github.ratecard.domain.DateRange;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Where a user's time lies: the projects they logged work in on the days of a range (deleted work not counted). */
public interface TimesheetWork {

    Set<Long> projectsOf(String userKey, DateRange days);

    /** The seconds the user worked on each day of the range that has work (deleted work not counted). */
    Map<LocalDate, Long> secondsPerDay(String userKey, DateRange days);

    /** The seconds the user worked on each issue (by id) and day of the range (deleted work not counted). */
    Map<Long, Map<LocalDate, Long>> secondsPerIssueAndDay(String userKey, DateRange days);

    /** Every user's work on the days of the range, by user key: one read, however many users (what the approvals page lists). */
    Map<String, PeriodWork> everyonesWork(DateRange days);

    /** The users who logged work in the project on the days of the range (deleted work not counted). */
    Set<String> usersOf(long projectId, DateRange days);
}

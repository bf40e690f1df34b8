package io.github.ratecard.approval;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The locks of work from approval states and closed months. Project 1 runs weekly timesheets,
 * project 2 monthly; Ana's week of 2 November 2026 is approved, her November of project 2 reopened;
 * October 2026 is closed for project 2.
 */
public class ApprovalLocksTest {

    private static final TimesheetPeriod NOVEMBER = new TimesheetPeriod(Cadence.MONTH, LocalDate.parse("2026-11-01"));

    private final ApprovalLocks target = new ApprovalLocks(project -> project == 1 ? Cadence.WEEK : Cadence.MONTH,
            (user, period) -> !user.equals("ana") ? TimesheetState.OPEN
                    : period.equals(Sheets.WEEK) ? TimesheetState.APPROVED
                    : period.equals(NOVEMBER) ? TimesheetState.REOPENED : TimesheetState.OPEN,
            new ClosedMonths(List.of(new ClosedMonths.ClosedMonth(CloseScope.project(2), YearMonth.of(2026, 10)))));

    @Test
    public void dayInTheUsersApprovedWeek_shouldBeLockedByTheTimesheet() {
        assertEquals(Set.of(Lock.APPROVED_TIMESHEET), target.on("ana", 1, LocalDate.parse("2026-11-08")));
    }

    @Test
    public void dayOfAnotherUser_shouldBeFree() {
        assertEquals(Set.of(), target.on("ben", 1, LocalDate.parse("2026-11-08")));
    }

    @Test
    public void sameDayInAProjectOfMonthlyTimesheets_shouldFollowTheMonthsState() {
        assertEquals(Set.of(), target.on("ana", 2, LocalDate.parse("2026-11-08")));
    }

    @Test
    public void dayInAClosedMonth_shouldBeLockedByTheClose() {
        assertEquals(Set.of(Lock.CLOSED_PERIOD), target.on("ben", 2, LocalDate.parse("2026-10-31")));
    }
}

package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.GLX;
import static io.github.ratecard.app.ApprovalKit.NOW;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.approval.ApprovalMarks;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.WorklogEdit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** The approval badges of worklogs, read from the real stores: the timesheet's state, the closed month, a change held since approval. */
public class ApprovalMarksTest {

    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));

    private final ApprovalKit kit = new ApprovalKit();
    private final ApprovalMarks target = new ApprovalMarks(kit.timesheets, kit.settings, kit.closes, kit.pending);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void workNobodyActedOn_shouldHaveNoMark() {
        assertEquals(ApprovalMarks.Mark.NONE, target.of(List.of(work(1, "ana", ACME, "2026-11-03"))).get(1L));
    }

    @Test
    public void workInASubmittedOrApprovedTimesheet_shouldCarryItsState() {
        kit.logged("ana", ACME, "2026-11-03");
        kit.logged("ben", ACME, "2026-11-03");
        for (String user : new String[] {"ana", "ben"}) {
            kit.actAs(user, false, Set.of(), Set.of());
            kit.timesheetService.submit(WEEK);
        }
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        kit.timesheetService.approve("ana", WEEK);

        Map<Long, ApprovalMarks.Mark> marks = target.of(List.of(work(1, "ana", ACME, "2026-11-03"), work(2, "ben", ACME, "2026-11-04"),
                work(3, "ana", ACME, "2026-11-09")));

        assertEquals(Optional.of(TimesheetState.APPROVED), marks.get(1L).state());
        assertEquals(Optional.of(TimesheetState.SUBMITTED), marks.get(2L).state());
        assertEquals("the next week is another timesheet", Optional.empty(), marks.get(3L).state());
    }

    @Test
    public void workOfAnApprovedWeekAfterItsProjectTurnedMonthly_shouldStayMarkedApproved() {
        kit.logged("ana", ACME, "2026-11-03");
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(WEEK);
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        kit.timesheetService.approve("ana", WEEK);
        kit.settings.setCadence(ACME, Cadence.MONTH);

        Map<Long, ApprovalMarks.Mark> marks = target.of(List.of(work(1, "ana", ACME, "2026-11-03"), work(2, "ana", ACME, "2026-11-10")));

        assertEquals(Optional.of(TimesheetState.APPROVED), marks.get(1L).state());
        assertEquals("a day the approved week did not cover", Optional.empty(), marks.get(2L).state());
    }

    @Test
    public void workOfAMonthlyProject_shouldFollowTheMonthsTimesheet() {
        kit.settings.setCadence(GLX, Cadence.MONTH);
        kit.logged("ana", GLX, "2026-10-20");
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(new TimesheetPeriod(Cadence.MONTH, LocalDate.parse("2026-10-01")));

        assertEquals(Optional.of(TimesheetState.SUBMITTED), target.of(List.of(work(1, "ana", GLX, "2026-10-05"))).get(1L).state());
    }

    @Test
    public void workInAClosedMonth_shouldBeMarkedClosedForItsProjectOnly() {
        kit.actAs("fin", true, Set.of(), Set.of());
        kit.closeService.close(CloseScope.project(ACME), YearMonth.of(2026, 10), null);

        Map<Long, ApprovalMarks.Mark> marks = target.of(List.of(work(1, "ana", ACME, "2026-10-30"), work(2, "ana", GLX, "2026-10-30"),
                work(3, "ana", ACME, "2026-11-02")));

        assertEquals(List.of(true, false, false), List.of(marks.get(1L).closedPeriod(), marks.get(2L).closedPeriod(), marks.get(3L).closedPeriod()));
    }

    @Test
    public void workWithAnOpenPendingChange_shouldBeMarkedChangedAfterApproval() {
        LoggedWork before = new LoggedWork("ana", ACME, LocalDate.parse("2026-11-03"), 3600);
        kit.pending.record(new PendingChange(1, WorklogEdit.Kind.EDITED, Optional.of(before), Optional.of(new LoggedWork("ana", ACME, before.day(), 60)),
                NOW, Set.of(Lock.APPROVED_TIMESHEET)), NOW);
        kit.pending.record(new PendingChange(2, WorklogEdit.Kind.DELETED, Optional.of(before), Optional.empty(), NOW, Set.of(Lock.CLOSED_PERIOD)), NOW);
        kit.pending.resolve(kit.pending.openOf(2).orElseThrow().id(), io.github.ratecard.approval.PendingChangeStore.Status.ACCEPTED, "fin", NOW);

        Map<Long, ApprovalMarks.Mark> marks = target.of(List.of(work(1, "ana", ACME, "2026-11-03"), work(2, "ana", ACME, "2026-11-03")));

        assertEquals(true, marks.get(1L).changedAfterApproval());
        assertEquals("accepted: no longer pending", false, marks.get(2L).changedAfterApproval());
    }

    private static ApprovalMarks.Work work(long worklogId, String user, long project, String day) {
        return new ApprovalMarks.Work(worklogId, user, project, LocalDate.parse(day));
    }
}

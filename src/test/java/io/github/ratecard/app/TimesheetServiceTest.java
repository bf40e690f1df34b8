package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.GLX;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Timesheets through the service on a real database: who may do what (its user submits; the lead or a
 * holder of Manage budgets of every project approves or rejects, never their own time; finance or an
 * approver reopens), each step audited and kept, a refusal changing nothing.
 */
public class TimesheetServiceTest {

    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));

    private final ApprovalKit kit = new ApprovalKit();
    private final TimesheetService target = kit.timesheetService;

    @Before
    public void setUp() {
        kit.logged("ana", ACME, "2026-11-03");
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void submit_shouldSubmitTheSignedInUsersOwnTimesheetAndAuditIt() {
        int audited = kit.auditRows();
        kit.actAs("ana", false, Set.of(), Set.of());

        assertEquals(TimesheetState.SUBMITTED, target.submit(WEEK).state());

        assertEquals(TimesheetState.SUBMITTED, target.timesheet("ana", WEEK).state());
        assertEquals(audited + 1, kit.auditRows());
        AuditEntry entry = kit.audit.recent(TimesheetService.AUDIT_TYPE, 1).get(0);
        assertEquals("ana", entry.userKey());
        assertEquals("submit", entry.action());
    }

    @Test
    public void submitWithoutTime_shouldBeRefusedAndStoreNoTimesheet() {
        kit.actAs("zoe", false, Set.of(), Set.of());

        assertThrows(ConflictException.class, () -> target.submit(WEEK));

        assertEquals(0, kit.database.activeObjects().count(io.github.ratecard.store.TimesheetEntity.class, net.java.ao.Query.select()));
    }

    @Test
    public void configure_byTheLead_shouldSetTheCadenceAndAutoSubmitAndAuditIt() {
        kit.actAs("lee", false, Set.of(ACME), Set.of());

        target.configure(ACME, Cadence.MONTH, true);

        assertEquals(Cadence.MONTH, target.cadence(ACME));
        assertTrue(target.autoSubmit(ACME));
        assertEquals("update", kit.audit.recent(TimesheetService.SETTINGS_AUDIT_TYPE, 1).get(0).action());
    }

    @Test
    public void configure_byALeadOfAnotherProject_shouldBeRefused() {
        kit.actAs("lee", false, Set.of(GLX), Set.of());

        assertThrows(AccessDeniedException.class, () -> target.configure(ACME, Cadence.MONTH, true));

        assertEquals(Cadence.WEEK, target.cadence(ACME));
    }

    @Test
    public void submitWhenSignedOut_shouldBeRefusedAsUnauthenticated() {
        kit.actAs(null, false, Set.of(), Set.of());

        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> target.submit(WEEK));

        assertFalse(refused.signedIn());
    }

    @Test
    public void approveByTheProjectsLead_shouldApprove() {
        submittedByAna();
        kit.actAs("lee", false, Set.of(ACME), Set.of());

        assertEquals(TimesheetState.APPROVED, target.approve("ana", WEEK).state());
    }

    @Test
    public void approval_shouldKeepTheProjectsTheTimesheetCovers() {
        submittedByAna();
        kit.actAs("lee", false, Set.of(ACME), Set.of());

        target.approve("ana", WEEK);

        assertEquals(List.of(Set.of(ACME)), kit.timesheets.approvedCovering(WEEK.first(), WEEK.first(), List.of("ana")).stream()
                .map(io.github.ratecard.approval.CoveredTimesheet::projects).toList());
    }

    @Test
    public void approvalWhileWorkInAnotherProjectIsWritten_shouldBeRefusedAndChangeNothing() {
        submittedByAna();
        int audited = kit.auditRows();
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        TimesheetService approving = new TimesheetService(kit.timesheets, new GlxWorkLandingAfterFirstRead(), kit.settings, kit.acting, kit.audit,
                kit.transactions, kit.clock, kit.reporting, kit.notices);

        assertThrows(ConflictException.class, () -> approving.approve("ana", WEEK));

        assertEquals(TimesheetState.SUBMITTED, target.timesheet("ana", WEEK).state());
        assertEquals(List.of(), kit.timesheets.approvedCovering(WEEK.first(), WEEK.first(), List.of("ana")));
        assertEquals(audited, kit.auditRows());
    }

    @Test
    public void approveByAHolderOfManageBudgets_shouldApprove() {
        submittedByAna();
        kit.actAs("max", false, Set.of(), Set.of(ACME));

        assertEquals(TimesheetState.APPROVED, target.approve("ana", WEEK).state());
    }

    @Test
    public void approveOwnTime_shouldBeRefusedAndChangeNothing() {
        submittedByAna();
        int audited = kit.auditRows();
        kit.actAs("ana", true, Set.of(ACME), Set.of(ACME));

        assertThrows(AccessDeniedException.class, () -> target.approve("ana", WEEK));

        assertEquals(TimesheetState.SUBMITTED, target.timesheet("ana", WEEK).state());
        assertEquals(audited, kit.auditRows());
    }

    @Test
    public void approveBySomeoneWhoIsNoApprover_shouldBeRefused() {
        submittedByAna();
        kit.actAs("gil", false, Set.of(GLX), Set.of(GLX));

        assertThrows(AccessDeniedException.class, () -> target.approve("ana", WEEK));
        assertEquals(TimesheetState.SUBMITTED, target.timesheet("ana", WEEK).state());
    }

    @Test
    public void approveByTheLeadOfOnlyOneOfTheTimesheetsProjects_shouldBeRefused() {
        kit.logged("ana", GLX, "2026-11-04");
        submittedByAna();
        kit.actAs("lee", false, Set.of(ACME), Set.of());

        assertThrows(AccessDeniedException.class, () -> target.approve("ana", WEEK));
    }

    @Test
    public void approveByFinanceAlone_shouldBeRefused() {
        submittedByAna();
        kit.actAs("fin", true, Set.of(), Set.of());

        assertThrows(AccessDeniedException.class, () -> target.approve("ana", WEEK));
    }

    @Test
    public void approveOfATimesheetNotSubmitted_shouldBeAConflict() {
        kit.actAs("lee", false, Set.of(ACME), Set.of());

        ConflictException refused = assertThrows(ConflictException.class, () -> target.approve("ana", WEEK));

        assertEquals("state", refused.field());
    }

    @Test
    public void rejectWithoutAReason_shouldBeRefusedNamingTheReason() {
        submittedByAna();
        kit.actAs("lee", false, Set.of(ACME), Set.of());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> target.reject("ana", WEEK, " "));

        assertEquals("reason", refused.field());
        assertEquals(TimesheetState.SUBMITTED, target.timesheet("ana", WEEK).state());
    }

    @Test
    public void rejectResubmitApprove_shouldKeepEveryStepWithItsReasonInOrder() {
        submittedByAna();
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        target.reject("ana", WEEK, "ACME-12 is booked twice");
        kit.actAs("ana", false, Set.of(), Set.of());
        target.submit(WEEK);
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        target.approve("ana", WEEK);

        List<TimesheetEvent> history = target.history("ana", WEEK);

        assertEquals(List.of(TimesheetAction.SUBMIT, TimesheetAction.REJECT, TimesheetAction.SUBMIT, TimesheetAction.APPROVE),
                history.stream().map(TimesheetEvent::action).toList());
        assertEquals("ACME-12 is booked twice", history.get(1).reason());
        assertEquals("lee", history.get(3).byUserKey());
    }

    @Test
    public void reopenByFinance_shouldReopenTheApprovedTimesheet() {
        approvedByLee();
        kit.actAs("fin", true, Set.of(), Set.of());

        assertEquals(TimesheetState.REOPENED, target.reopen("ana", WEEK, "Payroll correction").state());
    }

    @Test
    public void reopenByItsUser_shouldBeRefused() {
        approvedByLee();
        kit.actAs("ana", false, Set.of(), Set.of());

        assertThrows(AccessDeniedException.class, () -> target.reopen("ana", WEEK, "I forgot an hour"));
        assertEquals(TimesheetState.APPROVED, target.timesheet("ana", WEEK).state());
    }

    @Test
    public void timeInAProjectOfMonthlyTimesheets_shouldNotBeInTheWeeksTimesheet() {
        kit.settings.setCadence(ACME, Cadence.MONTH);
        kit.actAs("ana", false, Set.of(), Set.of());

        assertThrows(ConflictException.class, () -> target.submit(WEEK));
        assertEquals(Set.of(ACME), target.projectsOf("ana", new TimesheetPeriod(Cadence.MONTH, LocalDate.parse("2026-11-01"))));
    }

    @Test
    public void autoSubmitAfterTheWeekWhenTheProjectAsksForIt_shouldSubmitWithoutAUser() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.actAs(null, false, Set.of(), Set.of());

        assertTrue(target.autoSubmit("ana", WEEK).isPresent());

        assertEquals(TimesheetState.SUBMITTED, target.timesheet("ana", WEEK).state());
        assertEquals(null, target.history("ana", WEEK).get(0).byUserKey());
    }

    @Test
    public void autoSubmitWhenTheProjectDoesNotAskForIt_shouldLeaveTheTimesheetOpen() {
        assertTrue(target.autoSubmit("ana", WEEK).isEmpty());

        assertEquals(TimesheetState.OPEN, target.timesheet("ana", WEEK).state());
    }

    /**
     * Ana's work as stored, except that a worklog of hers in GLX commits right after the projects are first read: what
     * the approval sees once its move has waited for the ledger write that held the timesheet.
     */
    private final class GlxWorkLandingAfterFirstRead implements io.github.ratecard.approval.TimesheetWork {
        private boolean read;

        @Override
        public Set<Long> projectsOf(String userKey, io.github.ratecard.domain.DateRange days) {
            Set<Long> projects = new java.util.TreeSet<>(kit.work.projectsOf(userKey, days));
            if (read) {
                projects.add(GLX);
            }
            read = true;
            return projects;
        }

        @Override
        public java.util.Map<LocalDate, Long> secondsPerDay(String userKey, io.github.ratecard.domain.DateRange days) {
            return kit.work.secondsPerDay(userKey, days);
        }

        @Override
        public java.util.Map<Long, java.util.Map<LocalDate, Long>> secondsPerIssueAndDay(String userKey, io.github.ratecard.domain.DateRange days) {
            return kit.work.secondsPerIssueAndDay(userKey, days);
        }

        @Override
        public java.util.Map<String, io.github.ratecard.approval.PeriodWork> everyonesWork(io.github.ratecard.domain.DateRange days) {
            return kit.work.everyonesWork(days);
        }

        @Override
        public Set<String> usersOf(long projectId, io.github.ratecard.domain.DateRange days) {
            return kit.work.usersOf(projectId, days);
        }
    }

    private void submittedByAna() {
        kit.actAs("ana", false, Set.of(), Set.of());
        target.submit(WEEK);
    }

    private void approvedByLee() {
        submittedByAna();
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        target.approve("ana", WEEK);
    }
}

package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.GLX;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.TimesheetWork;
import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.ledger.ItemFailures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/**
 * The automatic submit at the period's end, on a real database. Today is Monday 9 November 2026: the
 * week of 2 November has just ended, the week of 9 November runs.
 */
public class TimesheetAutoSubmitTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-09");
    private static final TimesheetPeriod ENDED = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));
    private static final TimesheetPeriod RUNNING = new TimesheetPeriod(Cadence.WEEK, TODAY);

    private final ApprovalKit kit = new ApprovalKit();
    private final List<String> failed = new ArrayList<>();
    private final ItemFailures failures = (item, cause) -> failed.add(item);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void endedWeek_shouldBeSubmittedWhenItsProjectAsksForItAuditedAsRatecardsAndItsLeadTold() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-11-03");

        List<Timesheet> submitted = target().run(TODAY, () -> false, failures);

        assertEquals(List.of("ana"), submitted.stream().map(Timesheet::userKey).toList());
        assertEquals(TimesheetState.SUBMITTED, state("ana", ENDED));
        AuditEntry audited = kit.audit.recent(TimesheetService.AUDIT_TYPE, 1).get(0);
        assertEquals("auto_submit", audited.action());
        assertNull(audited.userKey());
        assertEquals(1, kit.mails.size());
        assertEquals("lee", kit.mails.get(0).recipientKey());
        assertEquals(java.util.Optional.empty(), kit.mails.get(0).byUserKey());
    }

    @Test
    public void projectWithoutAutoSubmit_shouldLeaveItsTimesheetsOpen() {
        kit.logged("ana", ACME, "2026-11-03");

        assertEquals(List.of(), target().run(TODAY, () -> false, failures));

        assertEquals(TimesheetState.OPEN, state("ana", ENDED));
    }

    @Test
    public void timesheetWithTimeInAProjectWithoutAutoSubmit_shouldStayOpen() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-11-03");
        kit.logged("ana", GLX, "2026-11-04");

        target().run(TODAY, () -> false, failures);

        assertEquals(TimesheetState.OPEN, state("ana", ENDED));
    }

    @Test
    public void timesheetWithTimeInAProjectWithoutAutoSubmit_shouldNotBeStored() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-11-03");
        kit.logged("ana", GLX, "2026-11-04");

        target().run(TODAY, () -> false, failures);

        assertEquals(java.util.Optional.empty(), kit.timesheets.find("ana", ENDED));
    }

    @Test
    public void runningWeek_shouldNotBeSubmitted() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-11-09");

        target().run(TODAY, () -> false, failures);

        assertEquals(TimesheetState.OPEN, state("ana", RUNNING));
    }

    @Test
    public void secondRun_shouldSubmitNothingAgain() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-11-03");
        target().run(TODAY, () -> false, failures);
        int audited = kit.auditRows();

        assertEquals(List.of(), target().run(TODAY, () -> false, failures));

        assertEquals(audited, kit.auditRows());
        assertEquals(1, kit.mails.size());
    }

    @Test
    public void rejectedTimesheet_shouldWaitForItsUser() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-11-03");
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(ENDED);
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        kit.timesheetService.reject("ana", ENDED, "ACME-12 twice");
        kit.actAs(null, false, Set.of(), Set.of());

        assertEquals(List.of(), target().run(TODAY, () -> false, failures));

        assertEquals(TimesheetState.REJECTED, state("ana", ENDED));
    }

    @Test
    public void weekBeforeTheLastOne_shouldStillBeSubmittedAfterAMissedRun() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-10-28");

        target().run(TODAY, () -> false, failures);

        assertEquals(TimesheetState.SUBMITTED, state("ana", new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-10-26"))));
    }

    @Test
    public void monthlyProject_shouldHaveItsEndedMonthSubmitted() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.settings.setCadence(ACME, Cadence.MONTH);
        kit.logged("ana", ACME, "2026-10-15");

        target().run(TODAY, () -> false, failures);

        assertEquals(TimesheetState.SUBMITTED, state("ana", new TimesheetPeriod(Cadence.MONTH, LocalDate.parse("2026-10-01"))));
    }

    @Test
    public void timesheetThatCannotBeSubmitted_shouldBeReportedAndTheOthersSubmitted() {
        kit.settings.setAutoSubmit(ACME, true);
        kit.logged("ana", ACME, "2026-11-03");
        kit.logged("bob", ACME, "2026-11-03");
        kit.logged("cy", ACME, "2026-11-04");
        TimesheetWork failingForBob = new TimesheetWork() {
            @Override
            public Set<Long> projectsOf(String userKey, DateRange days) {
                if (userKey.equals("bob")) {
                    throw new IllegalStateException("bob's ledger rows cannot be read");
                }
                return kit.work.projectsOf(userKey, days);
            }

            @Override
            public Map<LocalDate, Long> secondsPerDay(String userKey, DateRange days) {
                return kit.work.secondsPerDay(userKey, days);
            }

            @Override
            public Set<String> usersOf(long projectId, DateRange days) {
                return kit.work.usersOf(projectId, days);
            }

            @Override
            public Map<Long, Map<LocalDate, Long>> secondsPerIssueAndDay(String userKey, DateRange days) {
                return kit.work.secondsPerIssueAndDay(userKey, days);
            }

            @Override
            public Map<String, io.github.ratecard.approval.PeriodWork> everyonesWork(DateRange days) {
                return kit.work.everyonesWork(days);
            }
        };
        TimesheetService service = new TimesheetService(kit.timesheets, failingForBob, kit.settings, kit.acting, kit.audit, kit.transactions, kit.clock,
                kit.reporting, kit.notices);

        List<Timesheet> submitted = new TimesheetAutoSubmit(service, kit.settings, failingForBob, kit.timesheets, kit.reporting, kit.clock)
                .run(TODAY, () -> false, failures);

        assertEquals(List.of("ana", "cy"), submitted.stream().map(Timesheet::userKey).toList());
        assertEquals(List.of("timesheet of bob for 2026-W45"), failed);
        assertEquals(TimesheetState.OPEN, state("bob", ENDED));
    }

    private TimesheetAutoSubmit target() {
        return new TimesheetAutoSubmit(kit.timesheetService, kit.settings, kit.work, kit.timesheets, kit.reporting, kit.clock);
    }

    private TimesheetState state(String user, TimesheetPeriod period) {
        return kit.timesheetService.timesheet(user, period).state();
    }
}

package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.GLX;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.ChangeGate;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.StoredLocks;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.WorklogEdit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The locks read from what the approval services stored: Ana's week of 2 November 2026 approved by Lee, October closed for GLX. */
public class StoredLocksTest {

    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));

    private final ApprovalKit kit = new ApprovalKit();
    private StoredLocks target;

    @Before
    public void setUp() {
        kit.logged("ana", ACME, "2026-11-03");
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(WEEK);
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        kit.timesheetService.approve("ana", WEEK);
        kit.actAs("fin", true, Set.of(), Set.of());
        kit.closeService.close(CloseScope.project(GLX), YearMonth.of(2026, 10), null);
        target = new StoredLocks(kit.timesheets, kit.settings, kit.closes);
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void dayOfAnApprovedTimesheet_shouldBeLockedForItsUser() {
        assertEquals(Set.of(Lock.APPROVED_TIMESHEET), target.on("ana", ACME, LocalDate.parse("2026-11-07")));
        assertEquals(Set.of(), target.on("ben", ACME, LocalDate.parse("2026-11-07")));
    }

    @Test
    public void dayOfAMonthClosedForTheProject_shouldBeLocked() {
        assertEquals(Set.of(Lock.CLOSED_PERIOD), target.on("ben", GLX, LocalDate.parse("2026-10-31")));
        assertEquals(Set.of(), target.on("ben", ACME, LocalDate.parse("2026-10-31")));
    }

    @Test
    public void editOfApprovedWork_shouldBeHeldByTheGate() {
        WorklogEdit edit = new WorklogEdit(1, Optional.of(new LoggedWork("ana", ACME, LocalDate.parse("2026-11-03"), 3600)),
                Optional.of(new LoggedWork("ana", ACME, LocalDate.parse("2026-11-03"), 7200)), Instant.parse("2026-11-10T08:00:00Z"));

        assertEquals(Set.of(Lock.APPROVED_TIMESHEET), ChangeGate.pending(ChangeGate.decide(edit, target)).orElseThrow().locks());
    }
}

package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.NOW;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.Notice;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.WorklogEdit;
import io.github.ratecard.ledger.ItemFailures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The e-mails of timesheet moves and pending changes on a real database: queued once the move has
 * committed, never undoing it when the queue fails, and each pending change told once however often
 * the job runs or the ledger event comes again. ACME is led by Lee.
 */
public class ApprovalNoticesTest {

    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));

    private final ApprovalKit kit = new ApprovalKit();

    @Before
    public void setUp() {
        kit.logged("ana", ACME, "2026-11-03");
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void submit_shouldTellTheLeadOfTheTimesheetsProject() {
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(WEEK);

        assertEquals(List.of("SUBMITTED to lee about ana"), told());
    }

    @Test
    public void approveAndReject_shouldTellTheTimesheetsUserWithTheReason() {
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(WEEK);
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        kit.timesheetService.reject("ana", WEEK, "ACME-12 is booked twice");
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(WEEK);
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        kit.timesheetService.approve("ana", WEEK);

        assertEquals(List.of("SUBMITTED to lee about ana", "REJECTED to ana about ana", "SUBMITTED to lee about ana", "APPROVED to ana about ana"),
                told());
        assertEquals(Optional.of("ACME-12 is booked twice"), kit.mails.get(1).reason());
        assertEquals(Optional.of("lee"), kit.mails.get(3).byUserKey());
    }

    @Test
    public void failingMailQueue_shouldNeverUndoTheMove() {
        kit.mailFails = true;
        kit.actAs("ana", false, Set.of(), Set.of());

        assertEquals(TimesheetState.SUBMITTED, kit.timesheetService.submit(WEEK).state());

        assertEquals(TimesheetState.SUBMITTED, kit.timesheetService.timesheet("ana", WEEK).state());
    }

    @Test
    public void pendingChange_shouldBeToldToTheLeadOnceHoweverOftenTheJobRunsOrTheEventComesAgain() {
        PendingChange change = edited(NOW.minusSeconds(60));
        assertTrue(kit.pending.record(change, NOW));

        assertEquals(1, kit.notices.tellPendingChanges(() -> false, ItemFailures.RETHROW));
        kit.pending.record(change, NOW);
        assertEquals(0, kit.notices.tellPendingChanges(() -> false, ItemFailures.RETHROW));

        assertEquals(List.of("LOCKED_WORK_CHANGED to lee about ana"), told());
        assertEquals(WEEK, kit.mails.get(0).period());
    }

    @Test
    public void laterChangeOfTheSameWorklog_shouldBeToldAsANewPendingChange() {
        kit.pending.record(edited(NOW.minusSeconds(120)), NOW);
        kit.notices.tellPendingChanges(() -> false, ItemFailures.RETHROW);
        kit.pending.record(edited(NOW.minusSeconds(60)), NOW);

        assertEquals(1, kit.notices.tellPendingChanges(() -> false, ItemFailures.RETHROW));

        assertEquals(2, kit.mails.size());
    }

    @Test
    public void pendingChangeWhoseMailFails_shouldNotBeToldAgainByTheNextRun() {
        kit.pending.record(edited(NOW.minusSeconds(60)), NOW);
        kit.mailFails = true;
        kit.notices.tellPendingChanges(() -> false, ItemFailures.RETHROW);
        kit.mailFails = false;

        assertEquals(0, kit.notices.tellPendingChanges(() -> false, ItemFailures.RETHROW));

        assertEquals(List.of(), told());
    }

    @Test
    public void batchOfPendingChangesNoneOfWhichCanBeMarkedTold_shouldEndTheRunInsteadOfReadingItAgain() {
        for (long worklogId = 1; worklogId <= ApprovalNotices.BATCH; worklogId++) {
            LoggedWork before = new LoggedWork("ana", ACME, LocalDate.parse("2026-11-03"), 3600);
            kit.pending.record(new PendingChange(worklogId, WorklogEdit.Kind.DELETED, Optional.of(before), Optional.empty(), NOW,
                    Set.of(Lock.APPROVED_TIMESHEET)), NOW);
        }
        io.github.ratecard.domain.Transactions failing = new io.github.ratecard.domain.Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                throw new IllegalStateException("database gone");
            }
        };
        ApprovalNotices notices = new ApprovalNotices(notice -> { }, kit.work, kit.settings, new ApprovalKit.Projects(), kit.pending, failing, kit.clock);
        java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();

        assertEquals(0, notices.tellPendingChanges(() -> batches.incrementAndGet() > 3, (item, cause) -> failed.incrementAndGet()));

        assertEquals(1, batches.get());
        assertEquals(ApprovalNotices.BATCH, failed.get());
    }

    private static PendingChange edited(java.time.Instant at) {
        LoggedWork before = new LoggedWork("ana", ACME, LocalDate.parse("2026-11-03"), 3600);
        return new PendingChange(501, WorklogEdit.Kind.EDITED, Optional.of(before), Optional.of(new LoggedWork("ana", ACME, before.day(), 5400)), at,
                Set.of(Lock.APPROVED_TIMESHEET));
    }

    private List<String> told() {
        return kit.mails.stream().map(n -> n.kind() + " to " + n.recipientKey() + " about " + n.userKey()).collect(Collectors.toList());
    }
}

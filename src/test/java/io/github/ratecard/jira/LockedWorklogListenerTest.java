package io.github.ratecard.jira;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.worklog.WorklogDeletedEvent;
import com.atlassian.jira.event.worklog.WorklogEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.project.Project;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.WorklogEdit;
import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.InvoicedWorkChanges;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.LockedWork;
import io.github.ratecard.ledger.RefusedWorklogs;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoPendingChangeStore;
import io.github.ratecard.store.AoPeriodCloseStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.AoTimesheetSettings;
import io.github.ratecard.store.AoTimesheetStore;
import io.github.ratecard.store.PendingChangeEntity;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Jira's worklog events on approved or closed work, through the listener into the ledger on a real database:
 * the ledger keeps the approved figures, each change is one pending change however often it is delivered,
 * and work outside any lock is priced as always.
 */
public class LockedWorklogListenerTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final long ISSUE = 20200L;
    private static final Instant NOW = Instant.parse("2026-07-10T12:00:00Z");
    /** Ana's week of 13 April 2026 is approved. */
    private static final String IN_APPROVED_WEEK = "2026-04-15T08:00:00Z";
    /** June 2026 is closed for ACME. */
    private static final String IN_CLOSED_MONTH = "2026-06-10T08:00:00Z";
    private static final String OUTSIDE_ANY_LOCK = "2026-05-12T08:00:00Z";
    private static final YearMonth ALL_FROM = YearMonth.of(2026, 1);
    private static final YearMonth ALL_TO = YearMonth.of(2026, 12);

    private final RateCardKit kit = new RateCardKit();
    private final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
    private final AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
    private final AoLedgerQueries queries = new AoLedgerQueries(kit.database.activeObjects());
    private final AoTimesheetStore timesheets = new AoTimesheetStore(kit.database.activeObjects(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final AoPeriodCloseStore closes = new AoPeriodCloseStore(kit.database.activeObjects());
    private final AoPendingChangeStore pending = new AoPendingChangeStore(kit.database.activeObjects());
    private final RetryQueue retries = mock(RetryQueue.class);
    private WorklogEventListener target;

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
        LedgerKeeper keeper = new LedgerKeeper(ledger, rollups, pricer, kit.transactions, Clock.fixed(NOW, ZoneOffset.UTC), InvoicedWorkChanges.NONE,
                RefusedWorklogs.LOG_ONLY, new LockedWork(timesheets, new AoTimesheetSettings(kit.database.activeObjects()), closes, pending));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        target = new WorklogEventListener(mock(EventPublisher.class), new WorklogIntake(List.of(keeper), retries, clock), clock);
    }

    @After
    public void tearDown() {
        verifyNoInteractions(retries);
        kit.close();
    }

    @Test
    public void editInsideAnApprovedTimesheet_shouldKeepTheApprovedFiguresAndRecordOnePendingChange() {
        saved(1, IN_APPROVED_WEEK, 3600, "2026-04-15T09:00:00Z");
        approveAnasWeekOf("2026-04-13");

        saved(1, IN_APPROVED_WEEK, 7200, "2026-04-20T09:00:00Z");
        saved(1, IN_APPROVED_WEEK, 7200, "2026-04-20T09:00:00Z");

        assertEquals(3600, entry(1).workedSeconds());
        assertEquals(Money.parse("60.00", "EUR"), entry(1).bill());
        assertEquals(6000, projectRollup().billMinor());
        PendingChange held = onlyPending(1);
        assertEquals(WorklogEdit.Kind.EDITED, held.kind());
        assertEquals(3600, held.deltaSeconds());
        assertEquals(Set.of(Lock.APPROVED_TIMESHEET), held.locks());
    }

    @Test
    public void deletionInsideAnApprovedTimesheet_shouldKeepTheEntryAndRecordOnePendingChange() {
        saved(2, IN_APPROVED_WEEK, 3600, "2026-04-15T09:00:00Z");
        approveAnasWeekOf("2026-04-13");

        deleted(2);
        deleted(2);

        assertEquals(3600, entry(2).workedSeconds());
        assertEquals(1, projectRollup().entries());
        PendingChange held = onlyPending(2);
        assertEquals(WorklogEdit.Kind.DELETED, held.kind());
        assertEquals(-3600, held.deltaSeconds());
    }

    @Test
    public void newWorklogInsideAnApprovedTimesheet_shouldStayOutOfTheLedgerAsOnePendingChange() {
        approveAnasWeekOf("2026-04-13");

        saved(3, IN_APPROVED_WEEK, 1800, "2026-04-20T09:00:00Z");
        saved(3, IN_APPROVED_WEEK, 1800, "2026-04-20T09:00:00Z");

        assertEquals(0, queries.countOfIssue(ISSUE));
        assertEquals(WorklogEdit.Kind.CREATED, onlyPending(3).kind());
        assertEquals(1800, onlyPending(3).deltaSeconds());
    }

    @Test
    public void editInsideAClosedMonth_shouldKeepTheClosedFiguresAndRecordOnePendingChange() {
        saved(4, IN_CLOSED_MONTH, 3600, "2026-06-10T09:00:00Z");
        closeJuneForAcme();

        saved(4, IN_CLOSED_MONTH, 600, "2026-07-01T09:00:00Z");
        saved(4, IN_CLOSED_MONTH, 600, "2026-07-01T09:00:00Z");

        assertEquals(3600, entry(4).workedSeconds());
        assertEquals(6000, projectRollup().billMinor());
        PendingChange held = onlyPending(4);
        assertEquals(-3000, held.deltaSeconds());
        assertEquals(Set.of(Lock.CLOSED_PERIOD), held.locks());
    }

    @Test
    public void deletionInsideAClosedMonth_shouldKeepTheEntryAndRecordOnePendingChange() {
        saved(5, IN_CLOSED_MONTH, 3600, "2026-06-10T09:00:00Z");
        closeJuneForAcme();

        deleted(5);
        deleted(5);

        assertEquals(3600, entry(5).workedSeconds());
        assertEquals(WorklogEdit.Kind.DELETED, onlyPending(5).kind());
    }

    @Test
    public void newWorklogInsideAClosedMonth_shouldStayOutOfTheLedgerAsOnePendingChange() {
        closeJuneForAcme();

        saved(6, IN_CLOSED_MONTH, 900, "2026-07-01T09:00:00Z");
        saved(6, IN_CLOSED_MONTH, 900, "2026-07-01T09:00:00Z");

        assertEquals(0, queries.countOfIssue(ISSUE));
        assertEquals(WorklogEdit.Kind.CREATED, onlyPending(6).kind());
    }

    @Test
    public void newWorklogInsideAClosedMonthDeletedAgain_shouldLeaveNoOpenPendingChange() {
        closeJuneForAcme();
        saved(12, IN_CLOSED_MONTH, 900, "2026-07-01T09:00:00Z");

        deleted(12);

        assertEquals(0, queries.countOfIssue(ISSUE));
        assertTrue(pending.openOf(12).isEmpty());
    }

    @Test
    public void worklogMovedOutOfAClosedMonth_shouldBeHeldByTheDayItLeft() {
        saved(7, IN_CLOSED_MONTH, 3600, "2026-06-10T09:00:00Z");
        closeJuneForAcme();

        saved(7, OUTSIDE_ANY_LOCK, 3600, "2026-07-01T09:00:00Z");

        assertEquals(LocalDate.parse("2026-06-10"), entry(7).workDate());
        assertEquals(Set.of(Lock.CLOSED_PERIOD), onlyPending(7).locks());
    }

    @Test
    public void editBackToTheApprovedFigures_shouldWithdrawThePendingChange() {
        saved(8, IN_APPROVED_WEEK, 3600, "2026-04-15T09:00:00Z");
        approveAnasWeekOf("2026-04-13");
        saved(8, IN_APPROVED_WEEK, 7200, "2026-04-20T09:00:00Z");

        saved(8, IN_APPROVED_WEEK, 3600, "2026-04-21T09:00:00Z");

        assertTrue(pending.openOf(8).isEmpty());
        assertEquals(3600, entry(8).workedSeconds());
    }

    @Test
    public void editBackToTheApprovedFiguresDeliveredBeforeTheEditItUndoes_shouldLeaveNoOpenPendingChange() {
        saved(11, IN_APPROVED_WEEK, 3600, "2026-04-15T09:00:00Z");
        approveAnasWeekOf("2026-04-13");

        saved(11, IN_APPROVED_WEEK, 3600, "2026-04-21T09:00:00Z");
        saved(11, IN_APPROVED_WEEK, 7200, "2026-04-20T09:00:00Z");

        assertTrue(pending.openOf(11).isEmpty());
        assertEquals(3600, entry(11).workedSeconds());
    }

    @Test
    public void editInAnApprovedWeekAfterItsProjectSwitchedToMonths_shouldStillBeHeld() {
        saved(12, IN_APPROVED_WEEK, 3600, "2026-04-15T09:00:00Z");
        approveAnasWeekOf("2026-04-13");
        new AoTimesheetSettings(kit.database.activeObjects()).setCadence(ACME, Cadence.MONTH);

        saved(12, IN_APPROVED_WEEK, 7200, "2026-04-20T09:00:00Z");

        assertEquals(3600, entry(12).workedSeconds());
        assertEquals(Set.of(Lock.APPROVED_TIMESHEET), onlyPending(12).locks());
    }

    @Test
    public void worklogOutsideAnyLock_shouldBePricedExactlyAsBefore() {
        approveAnasWeekOf("2026-04-13");
        closeJuneForAcme();

        saved(9, OUTSIDE_ANY_LOCK, 3600, "2026-05-12T09:00:00Z");
        saved(9, OUTSIDE_ANY_LOCK, 5400, "2026-05-13T09:00:00Z");

        assertEquals(5400, entry(9).workedSeconds());
        assertEquals(Money.parse("90.00", "EUR"), entry(9).bill());
        assertEquals(9000, projectRollup().billMinor());
        assertTrue(pending.openOf(9).isEmpty());
    }

    @Test
    public void otherUsersWorkInTheApprovedWeek_shouldBePricedAsBefore() {
        approveAnasWeekOf("2026-04-13");

        target.onWorklogEvent(event(worklog(10, "ben", IN_APPROVED_WEEK, 3600, "2026-04-15T09:00:00Z")));

        assertEquals(3600, entry(10).workedSeconds());
        assertFalse(pending.openOf(10).isPresent());
    }

    private void saved(long worklogId, String started, long seconds, String updated) {
        target.onWorklogEvent(event(worklog(worklogId, "ana", started, seconds, updated)));
    }

    private void deleted(long worklogId) {
        WorklogDeletedEvent event = mock(WorklogDeletedEvent.class);
        Worklog worklog = worklog(worklogId, "ana", IN_APPROVED_WEEK, 0, IN_APPROVED_WEEK);
        when(event.getWorklog()).thenReturn(worklog);
        target.onWorklogEvent(event);
    }

    private static WorklogEvent event(Worklog worklog) {
        WorklogEvent event = mock(WorklogEvent.class);
        when(event.getWorklog()).thenReturn(worklog);
        return event;
    }

    private void approveAnasWeekOf(String monday) {
        Timesheet sheet = timesheets.openOrFind("ana", new TimesheetPeriod(Cadence.WEEK, LocalDate.parse(monday)));
        timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", NOW, null));
        timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.APPROVE, TimesheetState.SUBMITTED, TimesheetState.APPROVED, "lead", NOW, null));
        timesheets.cover(sheet.id(), Set.of(ACME));
    }

    private void closeJuneForAcme() {
        closes.prepare(CloseScope.project(ACME), YearMonth.of(2026, 6));
        closes.apply(CloseScope.project(ACME), YearMonth.of(2026, 6), new CloseEvent(CloseAction.CLOSE, "finance", NOW, null));
    }

    private LedgerEntry entry(long worklogId) {
        return queries.entriesOfIssue(ISSUE, 0, 100).stream().filter(e -> e.worklogId() == worklogId).findFirst().orElseThrow();
    }

    private Rollup projectRollup() {
        List<Rollup> found = rollups.rollups(Rollup.Kind.PROJECT, ACME, null, ALL_FROM, ALL_TO);
        assertEquals(1, found.size());
        return found.get(0);
    }

    /** The worklog's one pending change: open, and no other ever recorded for it. */
    private PendingChange onlyPending(long worklogId) {
        Optional<PendingChangeStore.Stored> open = pending.openOf(worklogId);
        assertTrue("an open pending change of worklog " + worklogId, open.isPresent());
        assertEquals(1, kit.database.activeObjects().count(PendingChangeEntity.class,
                Query.select().where(PendingChangeEntity.WORKLOG_ID + " = ?", worklogId)));
        return open.get().change();
    }

    private static Worklog worklog(long id, String author, String started, long seconds, String updated) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(ACME);
        when(project.getKey()).thenReturn("ACME");
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(ISSUE);
        when(issue.getKey()).thenReturn("ACME-7");
        when(issue.getProjectObject()).thenReturn(project);
        Worklog worklog = mock(Worklog.class);
        when(worklog.getId()).thenReturn(id);
        when(worklog.getIssue()).thenReturn(issue);
        when(worklog.getAuthorKey()).thenReturn(author);
        when(worklog.getStartDate()).thenReturn(Date.from(Instant.parse(started)));
        when(worklog.getTimeSpent()).thenReturn(seconds);
        when(worklog.getUpdated()).thenReturn(Date.from(Instant.parse(updated)));
        return worklog;
    }
}

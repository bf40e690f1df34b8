package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Test;

/** Timesheets and their histories on a real database: one per user and period, each move once. */
public class AoTimesheetStoreTest {

    private static final Instant AT = Instant.parse("2026-11-09T08:00:00Z");
    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoTimesheetStore target = new AoTimesheetStore(database.activeObjects(), Clock.fixed(AT, ZoneOffset.UTC));

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void openOrFind_shouldCreateAnOpenTimesheetOnce() {
        Timesheet created = target.openOrFind("ana", WEEK);

        assertEquals(new Timesheet(created.id(), "ana", WEEK, TimesheetState.OPEN), created);
        assertEquals(created, target.openOrFind("ana", WEEK));
        assertEquals(1, database.activeObjects().count(TimesheetEntity.class, net.java.ao.Query.select()));
    }

    @Test
    public void otherUserOrPeriodOrCadence_shouldBeAnotherTimesheet() {
        long anas = target.openOrFind("ana", WEEK).id();

        assertNotEquals(anas, target.openOrFind("ben", WEEK).id());
        assertNotEquals(anas, target.openOrFind("ana", WEEK.next()).id());
        assertNotEquals(anas, target.openOrFind("ana", new TimesheetPeriod(Cadence.MONTH, LocalDate.parse("2026-11-01"))).id());
    }

    @Test
    public void secondTimesheetOfTheSameUserAndPeriod_shouldBeRefusedByTheDatabase() {
        target.openOrFind("ana", WEEK);

        RuntimeException refused = assertThrows(RuntimeException.class, () -> database.activeObjects().create(TimesheetEntity.class, Map.of(
                TimesheetEntity.SHEET_KEY, AoTimesheetStore.sheetKey("ana", WEEK), TimesheetEntity.USER_KEY, "ana",
                TimesheetEntity.CADENCE, "WEEK", TimesheetEntity.FIRST_DAY, WEEK.first().toEpochDay(), TimesheetEntity.STATE, "OPEN",
                TimesheetEntity.STEPS, 0, TimesheetEntity.UPDATED_MILLIS, 0L)));

        assertTrue(refused.toString(), Sql.isUniqueViolation(refused));
    }

    @Test
    public void concurrentFirstSubmits_shouldShareOneTimesheet() throws Exception {
        CyclicBarrier together = new CyclicBarrier(4);
        Callable<Long> open = () -> {
            together.await();
            return target.openOrFind("ana", WEEK).id();
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> ids = pool.invokeAll(List.of(open, open, open, open));

            for (Future<Long> id : ids) {
                assertEquals(ids.get(0).get(), id.get());
            }
            assertEquals(1, database.activeObjects().count(TimesheetEntity.class, net.java.ao.Query.select()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void move_shouldChangeTheStateAndKeepTheHistoryInOrder() {
        long id = target.openOrFind("ana", WEEK).id();

        assertTrue(target.move(id, event(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", null)));
        assertTrue(target.move(id, event(TimesheetAction.REJECT, TimesheetState.SUBMITTED, TimesheetState.REJECTED, "lee", "ACME-12 twice")));

        assertEquals(TimesheetState.REJECTED, target.byId(id).orElseThrow().state());
        assertEquals(List.of(event(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", null),
                event(TimesheetAction.REJECT, TimesheetState.SUBMITTED, TimesheetState.REJECTED, "lee", "ACME-12 twice")), target.history(id));
    }

    @Test
    public void moveFromAStateTheTimesheetIsNoLongerIn_shouldChangeNothing() {
        long id = target.openOrFind("ana", WEEK).id();
        target.move(id, event(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", null));

        assertFalse(target.move(id, event(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", null)));

        assertEquals(1, target.history(id).size());
    }

    @Test
    public void moveWhoseStepAnotherWriterTook_shouldBeAConflictThatChangesNothing() {
        long id = target.openOrFind("ana", WEEK).id();
        target.move(id, event(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", null));
        database.activeObjects().create(TimesheetEventEntity.class, Map.of(TimesheetEventEntity.STEP_KEY, id + "#2",
                TimesheetEventEntity.TIMESHEET_ID, id, TimesheetEventEntity.ACTION, "REJECT", TimesheetEventEntity.FROM_STATE, "SUBMITTED",
                TimesheetEventEntity.TO_STATE, "REJECTED", TimesheetEventEntity.AT_MILLIS, 0L));

        assertThrows(ConflictException.class, () -> database.activeObjects().executeInTransaction(() ->
                target.move(id, event(TimesheetAction.APPROVE, TimesheetState.SUBMITTED, TimesheetState.APPROVED, "lee", null))));

        assertEquals(TimesheetState.SUBMITTED, target.byId(id).orElseThrow().state());
    }

    @Test
    public void ofPeriod_shouldListThePeriodsTimesheetsByUser() {
        target.openOrFind("ben", WEEK);
        target.openOrFind("ana", WEEK);
        target.openOrFind("ana", WEEK.next());

        assertEquals(List.of("ana", "ben"), target.ofPeriod(WEEK).stream().map(Timesheet::userKey).toList());
    }

    @Test
    public void approvedBeginning_shouldListOnlyApprovedTimesheetsWhosePeriodBeginsInTheRange() {
        approve(target.openOrFind("ana", WEEK));
        approve(target.openOrFind("ben", WEEK.next()));
        approve(target.openOrFind("cleo", new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-10-26"))));
        target.openOrFind("dan", WEEK);

        assertEquals(List.of("ana", "ben"), target.approvedBeginning(LocalDate.parse("2026-10-27"), LocalDate.parse("2026-11-09"),
                List.of("ana", "ben", "cleo", "dan")).stream().map(Timesheet::userKey).sorted().toList());
    }

    @Test
    public void approvedBeginning_shouldListOnlyTheUsersAskedFor() {
        approve(target.openOrFind("ana", WEEK));
        approve(target.openOrFind("ben", WEEK));

        assertEquals(List.of("ben"), target.approvedBeginning(WEEK.first(), WEEK.first(), List.of("ben", "zoe")).stream()
                .map(Timesheet::userKey).toList());
    }

    @Test
    public void timesheetsOfSeveralUsers_shouldBeReadInTheOrderTheyWereStored() {
        target.openOrFind("zoe", WEEK.next());
        target.openOrFind("ana", WEEK);
        target.openOrFind("ben", WEEK);

        assertEquals(List.of("zoe", "ana", "ben"), target.beginningBetween(WEEK.first(), WEEK.next().first(), List.of("ben", "ana", "zoe"))
                .stream().map(io.github.ratecard.approval.CoveredTimesheet::userKey).toList());
    }

    private void approve(Timesheet sheet) {
        target.move(sheet.id(), event(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, sheet.userKey(), null));
        target.move(sheet.id(), event(TimesheetAction.APPROVE, TimesheetState.SUBMITTED, TimesheetState.APPROVED, "lead", null));
    }

    private static TimesheetEvent event(TimesheetAction action, TimesheetState from, TimesheetState to, String by, String reason) {
        return new TimesheetEvent(action, from, to, by, AT, reason);
    }
}

package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore.OpenOnDays;
import io.github.ratecard.approval.PendingChangeStore.Status;
import io.github.ratecard.approval.PendingChangeStore.Stored;
import io.github.ratecard.approval.WorklogEdit;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/** Pending changes on a real database: kept once per change, the newest open per worklog, resolved once. */
public class AoPendingChangeStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LoggedWork APPROVED = new LoggedWork("ana", 10, LocalDate.parse("2026-11-03"), 7200);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoPendingChangeStore target = new AoPendingChangeStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void recordedChange_shouldReadBackWithBothSidesAndItsLocks() {
        PendingChange change = edit(42, 5400, "2026-11-20T09:00:00Z");

        assertTrue(target.record(change, NOW));

        Stored stored = target.openOf(42).orElseThrow();
        assertEquals(change, stored.change());
        assertEquals(Status.OPEN, stored.status());
        assertEquals(NOW, stored.recordedAt());
    }

    @Test
    public void deletionWithoutFiguresAfter_shouldReadBackWithoutThem() {
        PendingChange deleted = new PendingChange(43, WorklogEdit.Kind.DELETED, Optional.of(APPROVED), Optional.empty(),
                Instant.parse("2026-11-20T09:00:00Z"), Set.of(Lock.CLOSED_PERIOD, Lock.APPROVED_TIMESHEET));

        target.record(deleted, NOW);

        assertEquals(deleted, target.openOf(43).orElseThrow().change());
    }

    @Test
    public void sameChangeDeliveredAgain_shouldBeKeptOnce() {
        target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW);

        assertFalse(target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW.plusSeconds(5)));

        assertEquals(1, database.activeObjects().count(PendingChangeEntity.class, net.java.ao.Query.select()));
    }

    @Test
    public void laterChangeOfTheWorklog_shouldReplaceTheOpenOne() {
        target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW);

        assertTrue(target.record(edit(42, 3600, "2026-11-20T09:30:00Z"), NOW));

        assertEquals(Optional.of(3600L), target.openOf(42).orElseThrow().change().after().map(LoggedWork::seconds));
        assertEquals(1, target.openOfProject(10).size());
    }

    @Test
    public void olderChangeArrivingLate_shouldChangeNothing() {
        target.record(edit(42, 3600, "2026-11-20T09:30:00Z"), NOW);

        assertFalse(target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW));

        assertEquals(Optional.of(3600L), target.openOf(42).orElseThrow().change().after().map(LoggedWork::seconds));
    }

    @Test
    public void withdrawnChange_shouldNoLongerBeOpen() {
        target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW);

        target.withdraw(backAtApproved(42, "2026-11-20T09:30:00Z"), NOW);

        assertTrue(target.openOf(42).isEmpty());
        assertEquals(List.of(), target.openOfProject(10));
    }

    @Test
    public void changeOlderThanTheWorklogsReturnToItsLockedFigures_shouldNotBeRecorded() {
        target.withdraw(backAtApproved(42, "2026-11-20T09:30:00Z"), NOW);

        assertFalse(target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW));

        assertTrue(target.openOf(42).isEmpty());
    }

    @Test
    public void returnToTheLockedFiguresOlderThanTheOpenChange_shouldLeaveItOpen() {
        target.record(edit(42, 5400, "2026-11-20T09:30:00Z"), NOW);

        target.withdraw(backAtApproved(42, "2026-11-20T09:00:00Z"), NOW);

        assertTrue(target.openOf(42).isPresent());
    }

    @Test
    public void changeOfWorkMovedToAnotherProject_shouldBeListedUnderBothProjects() {
        PendingChange moved = new PendingChange(44, WorklogEdit.Kind.EDITED, Optional.of(APPROVED),
                Optional.of(new LoggedWork("ana", 20, APPROVED.day(), APPROVED.seconds())), Instant.parse("2026-11-20T09:00:00Z"),
                Set.of(Lock.CLOSED_PERIOD));
        target.record(moved, NOW);

        assertEquals(List.of(44L), target.openOfProject(10, 0, 10).items().stream().map(s -> s.change().worklogId()).toList());
        assertEquals(List.of(44L), target.openOfProject(20, 0, 10).items().stream().map(s -> s.change().worklogId()).toList());
    }

    @Test
    public void openChangesOfAProject_shouldComeAPageAtATimeWithTheirTotal() {
        for (long worklogId = 1; worklogId <= 5; worklogId++) {
            target.record(edit(worklogId, 5400, "2026-11-20T09:00:00Z"), NOW);
        }

        io.github.ratecard.domain.Page<Stored> page = target.openOfProject(10, 2, 2);

        assertEquals(5, page.total());
        assertEquals(List.of(3L, 4L), page.items().stream().map(s -> s.change().worklogId()).toList());
    }

    @Test
    public void pendingCount_shouldCountOpenChangesOfTheProjectsAndDays() {
        target.record(edit(1, 5400, "2026-11-20T09:00:00Z"), NOW);
        target.record(edit(2, 5400, "2026-11-20T09:00:00Z"), NOW);
        target.resolve(target.openOf(2).orElseThrow().id(), Status.FLAGGED, "fin", NOW.plusSeconds(60));

        assertEquals(1, target.pendingCount(Set.of(10L), new io.github.ratecard.domain.DateRange(LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30")), null));
        assertEquals(0, target.pendingCount(Set.of(10L), new io.github.ratecard.domain.DateRange(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31")), null));
        assertEquals(0, target.pendingCount(Set.of(11L), new io.github.ratecard.domain.DateRange(LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30")), null));
    }

    @Test
    public void pendingCountAtAMoment_shouldCountChangesResolvedOnlyAfterIt() {
        target.record(edit(1, 5400, "2026-11-20T09:00:00Z"), NOW);
        target.resolve(target.openOf(1).orElseThrow().id(), Status.ACCEPTED, "fin", NOW.plusSeconds(600));
        io.github.ratecard.domain.DateRange november = new io.github.ratecard.domain.DateRange(LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"));

        assertEquals(1, target.pendingCount(Set.of(10L), november, NOW.plusSeconds(60)));
        assertEquals(0, target.pendingCount(Set.of(10L), november, NOW.plusSeconds(601)));
        assertEquals(0, target.pendingCount(Set.of(10L), november, NOW.minusSeconds(1)));
    }

    private static PendingChange backAtApproved(long worklogId, String changedAt) {
        return new PendingChange(worklogId, WorklogEdit.Kind.EDITED, Optional.of(APPROVED), Optional.of(APPROVED), Instant.parse(changedAt),
                Set.of(Lock.APPROVED_TIMESHEET));
    }

    @Test
    public void resolvedChange_shouldKeepWhoResolvedItAndWhen() {
        target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW);
        long id = target.openOf(42).orElseThrow().id();

        assertTrue(target.resolve(id, Status.ACCEPTED, "fin", NOW.plusSeconds(60)));

        Stored stored = target.byId(id).orElseThrow();
        assertEquals(Status.ACCEPTED, stored.status());
        assertEquals("fin", stored.resolvedBy());
        assertEquals(NOW.plusSeconds(60), stored.resolvedAt());
    }

    @Test
    public void resolvingAChangeNoLongerOpen_shouldChangeNothing() {
        target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW);
        long id = target.openOf(42).orElseThrow().id();
        target.resolve(id, Status.FLAGGED, "fin", NOW);

        assertFalse(target.resolve(id, Status.ACCEPTED, "fred", NOW.plusSeconds(60)));

        assertEquals(Status.FLAGGED, target.byId(id).orElseThrow().status());
    }

    @Test
    public void openOnDaysWithALimit_shouldReadTheOldestInFullAndCountEveryOnePerProjectAndMonth() {
        target.record(edit(1, 5400, "2026-11-20T09:00:00Z"), NOW);
        target.record(edit(2, 5400, "2026-11-20T09:00:00Z"), NOW);
        target.record(new PendingChange(3, WorklogEdit.Kind.DELETED, Optional.of(new LoggedWork("bo", 11, LocalDate.parse("2026-10-30"), 3600)),
                Optional.empty(), Instant.parse("2026-11-20T09:00:00Z"), Set.of(Lock.CLOSED_PERIOD)), NOW);
        target.record(edit(4, 5400, "2026-11-20T09:00:00Z"), NOW);
        target.resolve(target.openOf(4).orElseThrow().id(), Status.FLAGGED, "fiona", NOW);

        OpenOnDays open = target.openOnDays(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-30"), 2);

        assertEquals(List.of(1L, 2L), open.oldest().stream().map(stored -> stored.change().worklogId()).toList());
        assertEquals(2, open.count(10, YearMonth.parse("2026-11")));
        assertEquals(1, open.count(11, YearMonth.parse("2026-10")));
        assertEquals(0, open.count(10, YearMonth.parse("2026-10")));
        assertEquals(3, open.total());
    }

    private static PendingChange edit(long worklogId, long secondsAfter, String changedAt) {
        return new PendingChange(worklogId, WorklogEdit.Kind.EDITED, Optional.of(APPROVED),
                Optional.of(new LoggedWork("ana", 10, LocalDate.parse("2026-11-04"), secondsAfter)), Instant.parse(changedAt),
                Set.of(Lock.APPROVED_TIMESHEET));
    }

    @Test
    public void twoChangesOfOneWorklogRecordedAtOnce_shouldLeaveOneOpen() throws Exception {
        CyclicBarrier beforeCommit = new CyclicBarrier(2);
        Callable<Boolean> first = recordThenWait(edit(42, 5400, "2026-11-20T09:00:00Z"), beforeCommit);
        Callable<Boolean> second = recordThenWait(edit(42, 3600, "2026-11-20T09:30:00Z"), beforeCommit);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Boolean> result : pool.invokeAll(List.of(first, second))) {
                result.get();
            }

            assertEquals(1, database.activeObjects().count(PendingChangeEntity.class, net.java.ao.Query.select()
                    .where(PendingChangeEntity.STATUS + " = ?", Status.OPEN.name())));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void twoFinanceUsersResolvingOneChangeAtOnce_shouldResolveItOnceAndRefuseTheOther() throws Exception {
        target.record(edit(42, 5400, "2026-11-20T09:00:00Z"), NOW);
        long id = target.openOf(42).orElseThrow().id();
        CyclicBarrier beforeCommit = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = pool.invokeAll(List.of(resolveThenWait(id, Status.ACCEPTED, "fin", beforeCommit),
                    resolveThenWait(id, Status.FLAGGED, "fay", beforeCommit)));

            List<String> outcomes = new java.util.ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            outcomes.sort(null);
            assertEquals(List.of("refused", "resolved"), outcomes);
            Stored stored = target.byId(id).orElseThrow();
            assertEquals(stored.resolvedBy().equals("fin") ? Status.ACCEPTED : Status.FLAGGED, stored.status());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads the change (open for both), resolves it, and waits before it commits for the other one (or for 2 s):
     * "resolved", "refused" (the store said no), or the database's error, which the service could only answer with a 500.
     */
    private Callable<String> resolveThenWait(long id, Status status, String user, CyclicBarrier beforeCommit) {
        return () -> {
            try {
                return database.activeObjects().executeInTransaction(() -> {
                    boolean open = target.byId(id).orElseThrow().status() == Status.OPEN;
                    boolean resolved = open && target.resolve(id, status, user, NOW);
                    try {
                        beforeCommit.await(2, TimeUnit.SECONDS);
                    } catch (Exception alone) {
                        // the other transaction waits on this one's row: commit alone
                    }
                    return resolved ? "resolved" : "refused";
                });
            } catch (RuntimeException failed) {
                return "error: " + failed;
            }
        };
    }

    /** Records the change in a transaction that waits, before it commits, for the other one to have recorded (or for 2 s). */
    private Callable<Boolean> recordThenWait(PendingChange change, CyclicBarrier beforeCommit) {
        return () -> {
            try {
                return database.activeObjects().executeInTransaction(() -> {
                    boolean recorded = target.record(change, NOW);
                    try {
                        beforeCommit.await(2, TimeUnit.SECONDS);
                    } catch (Exception alone) {
                        // the other transaction waits on this one's row: commit alone
                    }
                    return recorded;
                });
            } catch (RuntimeException refused) {
                return false;
            }
        };
    }
}

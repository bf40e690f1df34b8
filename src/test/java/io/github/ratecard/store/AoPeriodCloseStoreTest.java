package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.ClosedMonths;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Test;

/** Closed months on a real database: one record per scope and month, closed and reopened once each time, with the history. */
public class AoPeriodCloseStoreTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final Instant AT = Instant.parse("2026-06-03T09:00:00Z");
    private static final CloseEvent CLOSE = new CloseEvent(CloseAction.CLOSE, "fin", AT, null);
    private static final CloseEvent REOPEN = new CloseEvent(CloseAction.REOPEN, "fin", AT.plusSeconds(60), "Late client approval");

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoPeriodCloseStore target = new AoPeriodCloseStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void closedMonth_shouldBeClosedInItsScopeOnly() {
        assertTrue(target.apply(CloseScope.project(10), MAY, CLOSE));

        assertTrue(target.isClosed(CloseScope.project(10), MAY));
        assertFalse(target.isClosed(CloseScope.project(11), MAY));
        assertFalse(target.isClosed(CloseScope.GLOBAL, MAY));
        assertFalse(target.isClosed(CloseScope.project(10), MAY.plusMonths(1)));
    }

    @Test
    public void closingAClosedMonth_shouldChangeNothing() {
        target.apply(CloseScope.GLOBAL, MAY, CLOSE);

        assertFalse(target.apply(CloseScope.GLOBAL, MAY, CLOSE));

        assertEquals(List.of(CLOSE), target.history(CloseScope.GLOBAL, MAY));
    }

    @Test
    public void reopenedMonth_shouldBeOpenWithItsHistoryInOrder() {
        target.apply(CloseScope.GLOBAL, MAY, CLOSE);

        assertTrue(target.apply(CloseScope.GLOBAL, MAY, REOPEN));

        assertFalse(target.isClosed(CloseScope.GLOBAL, MAY));
        assertEquals(List.of(CLOSE, REOPEN), target.history(CloseScope.GLOBAL, MAY));
    }

    @Test
    public void reopeningAMonthNeverClosed_shouldChangeNothing() {
        assertFalse(target.apply(CloseScope.GLOBAL, MAY, REOPEN));

        assertEquals(List.of(), target.history(CloseScope.GLOBAL, MAY));
    }

    @Test
    public void closedBetween_shouldReadTheClosedMonthsOfEveryScopeInTheRange() {
        target.apply(CloseScope.GLOBAL, MAY, CLOSE);
        target.apply(CloseScope.project(10), MAY.plusMonths(1), CLOSE);
        target.apply(CloseScope.project(10), MAY.plusMonths(3), CLOSE);

        ClosedMonths closed = target.closedBetween(MAY, MAY.plusMonths(2));

        assertTrue(closed.isClosed(99, LocalDate.parse("2026-05-15")));
        assertTrue(closed.isClosed(10, LocalDate.parse("2026-06-15")));
        assertFalse(closed.isClosed(11, LocalDate.parse("2026-06-15")));
        assertFalse(closed.isClosed(10, LocalDate.parse("2026-08-15")));
    }

    @Test
    public void concurrentCloses_shouldCloseTheMonthOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(4);
        Callable<Boolean> close = () -> {
            together.await();
            try {
                return database.activeObjects().executeInTransaction(() -> target.apply(CloseScope.project(10), MAY, CLOSE));
            } catch (RuntimeException lost) {
                return false;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            int closed = 0;
            for (Future<Boolean> result : pool.invokeAll(List.of(close, close, close, close))) {
                closed += result.get() ? 1 : 0;
            }

            assertEquals(1, closed);
            assertEquals(1, database.activeObjects().count(PeriodCloseEntity.class, net.java.ao.Query.select()));
            assertEquals(List.of(CLOSE), target.history(CloseScope.project(10), MAY));
        } finally {
            pool.shutdownNow();
        }
    }
}

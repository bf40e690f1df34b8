package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/** Folding reads a window of the rollups at a time, keeps what others append meanwhile and leaves every group's figures. */
public class AoRollupStoreFoldingTest {

    private static final YearMonth FIRST = YearMonth.of(2024, 1);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final Watched watched = new Watched(database.activeObjects());
    private final AoRollupStore target = new AoRollupStore(watched.proxy());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void aLaterRun_shouldReadOnlyTheMonthsOfRowsAddedSinceTheLastRun() {
        for (int month = 0; month < 24; month++) {
            for (long project = 1; project <= 20; project++) {
                target.addToRollups(List.of(project(project, "ana", FIRST.plusMonths(month), 600)));
                target.addToRollups(List.of(project(project, "ana", FIRST.plusMonths(month), 300)));
            }
        }
        foldAndReadTheFoldedMonthsOnce();
        target.addToRollups(List.of(project(7, "ana", FIRST.plusMonths(5), 60)));
        watched.reset();

        assertEquals(1, target.compactRollups());

        assertTrue("read " + watched.rowsRead + " rows of 481", watched.rowsRead <= 25);
        assertTrue("largest read " + watched.largestRead, watched.largestRead <= 21);
    }

    @Test
    public void aRunWithNoNewRows_shouldReadNoRollupRows() {
        for (long project = 1; project <= 50; project++) {
            target.addToRollups(List.of(project(project, "ana", FIRST, 600)));
            target.addToRollups(List.of(project(project, "ana", FIRST, 600)));
        }
        foldAndReadTheFoldedMonthsOnce();
        watched.reset();

        assertEquals(0, target.compactRollups());

        assertTrue("read " + watched.rowsRead, watched.rowsRead <= 1);
    }

    @Test
    public void aRowCommittedWithAnIdBelowOneALaterRunSaw_shouldBeFoldedByTheNextFullPass() throws SQLException {
        target.addToRollups(List.of(project(1, "ana", FIRST, 600)));
        target.addToRollups(List.of(project(2, "ben", FIRST, 600)));
        target.addToRollups(List.of(project(2, "ben", FIRST, 600)));
        foldAndReadTheFoldedMonthsOnce();
        target.addToRollups(List.of(project(1, "ana", FIRST, 300)));
        moveHighestIdTo(2);

        for (int run = 2; run < RollupFolding.FULL_PASS_EVERY; run++) {
            assertEquals(0, target.compactRollups());
        }
        assertEquals(3, rows());
        assertEquals(1, target.compactRollups());
        assertEquals(2, rows());
    }

    @Test
    public void aGroupThatCouldNotBeFolded_shouldBeReportedAndFoldedByTheNextRun() {
        target.addToRollups(List.of(project(1, "ana", FIRST, 600)));
        target.addToRollups(List.of(project(1, "ana", FIRST, 300)));
        watched.beforeFirstTransaction = () -> {
            throw new IllegalStateException("the database is away");
        };
        List<String> failed = new ArrayList<>();

        assertEquals(0, target.compactRollups((item, cause) -> failed.add(item)));

        assertEquals(1, failed.size());
        assertTrue(failed.get(0), failed.get(0).startsWith("rollup groups "));
        assertEquals(2, rows());
        assertEquals(1, target.compactRollups());
        assertEquals(1, rows());
    }

    @Test
    public void aMonthWithMoreRowsToFoldThanAreHeldAtOnce_shouldBeFoldedOverTheNextRuns() {
        AoRollupStore holdingThreeRows = new AoRollupStore(database.activeObjects(), 3);
        for (long project = 1; project <= 4; project++) {
            target.addToRollups(List.of(project(project, "ana", FIRST, 600)));
            target.addToRollups(List.of(project(project, "ana", FIRST, 300)));
        }
        Map<Rollup.Key, Rollup> before = sums();

        for (int run = 1; run <= 4; run++) {
            assertEquals("run " + run, 1, holdingThreeRows.compactRollups());
        }

        assertEquals(0, holdingThreeRows.compactRollups());
        assertEquals(4, rows());
        assertEquals(before, sums());
    }

    @Test
    public void aRowAppendedBetweenTheReadAndTheFold_shouldBeKept() {
        target.addToRollups(List.of(project(1, "ana", FIRST, 600)));
        target.addToRollups(List.of(project(1, "ana", FIRST, 300)));
        watched.beforeFirstTransaction = () -> database.activeObjects().create(RollupEntity.class,
                AoRollupStore.rows(List.of(project(1, "ana", FIRST, 60))).get(0));

        assertEquals(1, target.compactRollups());

        assertEquals(2, rows());
        assertEquals(960, sums().get(project(1, "ana", FIRST, 0).key()).workedSeconds());
        assertEquals(1, target.compactRollups());
        assertEquals(1, rows());
    }

    @Test
    public void aGroupFoldedElsewhereBetweenTheReadAndTheFold_shouldNotBeCountedTwice() {
        target.addToRollups(List.of(project(1, "ana", FIRST, 600)));
        target.addToRollups(List.of(project(1, "ana", FIRST, 300)));
        AoRollupStore otherNode = new AoRollupStore(database.activeObjects());
        watched.beforeFirstTransaction = otherNode::compactRollups;
        List<String> failed = new ArrayList<>();

        target.compactRollups((item, cause) -> failed.add(item));

        assertEquals(1, failed.size());
        assertEquals(1, rows());
        assertEquals(900, sums().get(project(1, "ana", FIRST, 0).key()).workedSeconds());
    }

    @Test
    public void foldingAMixedTableOfEveryKind_shouldLeaveOneRowOfTheSameFiguresPerGroupAndNoneForAnEmptyGroup() {
        YearMonth april = YearMonth.of(2026, 4);
        List<Rollup> added = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            YearMonth month = april.plusMonths(i % 3);
            added.add(project(i % 4, i % 5 == 0 ? null : "u" + (i % 3), month, 60L * i));
            added.add(new Rollup(Rollup.Key.daily(Rollup.Kind.PROJECT_DAY, (long) (i % 4), i % 2 == 0 ? null : "ACME", "EUR",
                    month.atDay(1 + i % 7)), 60L * i, 0, i, 0, 1, 0, 0, 0, 0));
            added.add(new Rollup(new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "A" + (i % 6), i % 2 == 0 ? "EUR" : "USD", month),
                    30L * i, 30L * i, i, 2L * i, 1, 0, 30L * i, 2L * i, 0));
            added.add(new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, "u" + (i % 3), null, i % 4 == 0 ? "USD" : "EUR", month),
                    60L * i, 60L * i, i, 2L * i, 1, 0, 60L * i, 2L * i, 0));
        }
        added.forEach(one -> target.addToRollups(List.of(one)));
        Rollup once = project(9, "solo", april, 600);
        target.addToRollups(List.of(once));
        target.addToRollups(List.of(project(8, "gone", april, 600)));
        target.addToRollups(List.of(project(8, "gone", april, -600)));
        Map<Rollup.Key, Rollup> before = sums();
        before.values().removeIf(Rollup::isEmpty);

        target.compactRollups();

        assertEquals(before, sums());
        assertEquals("one row per group that is not empty", before.size(), rows());
        assertEquals(0, target.compactRollups());
    }

    /** The run after a fold reads the months it folded again, since the folded rows are new rows. */
    private void foldAndReadTheFoldedMonthsOnce() {
        target.compactRollups();
        assertEquals(0, target.compactRollups());
    }

    private static Rollup project(long project, String user, YearMonth month, long seconds) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, project, user, "ACME", "EUR", month), seconds, seconds, seconds / 60,
                seconds / 30, 1, 0, 0, 0, 0);
    }

    private Map<Rollup.Key, Rollup> sums() {
        Map<Rollup.Key, Rollup> sums = new HashMap<>();
        for (RollupEntity row : database.activeObjects().find(RollupEntity.class, Query.select())) {
            Rollup rollup = new Rollup(new Rollup.Key(Rollup.Kind.valueOf(row.getKind()), row.getProjectId(), row.getUserKey(),
                    row.getAccountKey(), row.getCurrency(), PeriodMonths.decode(row.getPeriodMonth()),
                    row.getPeriodDay() == null ? null : LocalDate.ofEpochDay(row.getPeriodDay())), row.getWorkedSeconds(),
                    row.getBilledSeconds(), row.getCostMinor(), row.getBillMinor(), row.getEntries(), row.getUnpriced(),
                    row.getBillableSeconds(), row.getValueMinor(), row.getUnvalued());
            sums.merge(rollup.key(), rollup, Rollup::plus);
        }
        return sums;
    }

    /** Gives the newest row a lower, unused ID, as a row whose ID was handed out earlier but committed later. */
    private void moveHighestIdTo(long id) throws SQLException {
        String column = database.quoteColumn(RollupEntity.ID);
        try (Connection connection = database.directConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + database.qualifiedTable(RollupEntity.class) + " SET " + column + " = " + id + " WHERE "
                    + column + " = (SELECT MAX(" + column + ") FROM " + database.qualifiedTable(RollupEntity.class) + ")");
        }
    }

    private int rows() {
        return database.activeObjects().count(RollupEntity.class, Query.select());
    }

    /** The test database's Active Objects, counting the rows each stream reads, and able to act before the first transaction. */
    private static final class Watched implements InvocationHandler {

        private final ActiveObjects delegate;
        private int rowsRead;
        private int largestRead;
        private Runnable beforeFirstTransaction;

        Watched(ActiveObjects delegate) {
            this.delegate = delegate;
        }

        ActiveObjects proxy() {
            return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class}, this);
        }

        void reset() {
            rowsRead = 0;
            largestRead = 0;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            if (method.getName().equals("stream") && args.length == 3) {
                EntityStreamCallback callback = (EntityStreamCallback) args[2];
                int[] read = {0};
                args[2] = (EntityStreamCallback) row -> {
                    read[0]++;
                    callback.onRowRead(row);
                };
                Object result = call(method, args);
                rowsRead += read[0];
                largestRead = Math.max(largestRead, read[0]);
                return result;
            }
            if (method.getName().equals("executeInTransaction") && beforeFirstTransaction != null) {
                Runnable action = beforeFirstTransaction;
                beforeFirstTransaction = null;
                action.run();
            }
            return call(method, args);
        }

        private Object call(java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}

package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.kits.LedgerAggregates;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/** The rollups on a real database: each addition a row of its own, folding that leaves the figures as they were. */
public class AoRollupStoreTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final long GLX = RateCardKit.GLX_PROJECT.id();

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore target = new AoRollupStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void foldingRollups_shouldLeaveOneRowPerGroupAndTheSameFigures() {
        for (int i = 1; i <= 30; i++) {
            target.addToRollups(List.of(contribution(i % 2 == 0 ? ACME : GLX, i % 3 == 0 ? "ana" : "ben", 600L * i)));
        }
        Map<Rollup.Key, List<Long>> before = LedgerAggregates.ofRollups(target, ACME);
        int rowsBefore = rows();

        long removed = target.compactRollups();

        assertEquals(rowsBefore - removed, rows());
        assertEquals("one row per project and user", 4, rows());
        assertEquals(before, LedgerAggregates.ofRollups(target, ACME));
        assertEquals(0, target.compactRollups());
    }

    @Test
    public void aRollup_shouldReadBackItsBillableSecondsValueAndUnvaluedEntries() {
        Rollup.Key key = new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "ACME", "EUR", YearMonth.of(2026, 4));
        target.addToRollups(List.of(new Rollup(key, 7200, 3600, 100, 9000, 2, 0, 3600, 18000, 0)));
        target.addToRollups(List.of(new Rollup(key, 1800, 0, 25, 0, 1, 1, 0, 0, 1)));

        Rollup expected = new Rollup(key, 9000, 3600, 125, 9000, 3, 1, 3600, 18000, 1);
        assertEquals(List.of(expected), target.rollups(Rollup.Kind.ACCOUNT, null, "ACME", YearMonth.of(2026, 4), YearMonth.of(2026, 4)));
        assertEquals(1, target.compactRollups());
        assertEquals(List.of(expected), target.rollups(Rollup.Kind.ACCOUNT, null, "ACME", YearMonth.of(2026, 4), YearMonth.of(2026, 4)));
    }

    @Test
    public void aGroupWhoseOnlyFiguresAreValues_shouldNotBeEmpty() {
        Rollup.Key key = new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "ACME", "EUR", YearMonth.of(2026, 4));
        target.addToRollups(List.of(new Rollup(key, 0, 0, 0, 0, 0, 0, 0, 500, 0)));

        assertEquals(1, rows());
        assertEquals(1, target.rollups(Rollup.Kind.ACCOUNT, null, "ACME", YearMonth.of(2026, 4), YearMonth.of(2026, 4)).size());
    }

    private static Rollup contribution(long project, String user, long seconds) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, project, user, "ACME", "EUR", YearMonth.of(2026, 4)), seconds, seconds,
                seconds / 60, seconds / 30, 1, 0, 0, 0, 0);
    }

    private int rows() {
        return database.activeObjects().count(RollupEntity.class, Query.select());
    }
}

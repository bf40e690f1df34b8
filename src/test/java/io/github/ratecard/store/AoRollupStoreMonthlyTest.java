package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.YearMonth;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/** One read of a monthly kind's rollups of every account, project or person: each group once, its rows added up. */
public class AoRollupStoreMonthlyTest {

    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore target = new AoRollupStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void monthly_shouldAddUpEachGroupsRowsOfEveryAccountInTheMonths() {
        Rollup.Key acme = new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "ACME", "EUR", APRIL);
        Rollup.Key glx = new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "GLX", "USD", APRIL);
        target.addToRollups(List.of(new Rollup(acme, 7200, 3600, 100, 9000, 2, 0, 3600, 18000, 0)));
        target.addToRollups(List.of(new Rollup(glx, 3600, 3600, 50, 4000, 1, 0, 3600, 4000, 0)));
        target.addToRollups(List.of(new Rollup(acme, 1800, 0, 25, 0, 1, 1, 0, 0, 1)));
        target.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "ACME", "EUR", MAY), 60, 0, 1, 0, 1, 0, 0, 0, 1)));
        target.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, 7L, "ana", "ACME", "EUR", APRIL), 60, 0, 1, 0, 1, 0, 0, 0, 1)));

        assertEquals(List.of(new Rollup(acme, 9000, 3600, 125, 9000, 3, 1, 3600, 18000, 1), new Rollup(glx, 3600, 3600, 50, 4000, 1, 0, 3600, 4000, 0)),
                target.monthly(Rollup.Kind.ACCOUNT, APRIL, APRIL));
    }

    @Test
    public void monthlyOfPeople_shouldAddUpEachPersonsRowsPerCurrencyInTheMonths() {
        Rollup.Key anaEur = new Rollup.Key(Rollup.Kind.PERSON, null, "ana", null, "EUR", APRIL);
        Rollup.Key anaUsd = new Rollup.Key(Rollup.Kind.PERSON, null, "ana", null, "USD", APRIL);
        Rollup.Key ben = new Rollup.Key(Rollup.Kind.PERSON, null, "ben", null, "EUR", MAY);
        target.addToRollups(List.of(new Rollup(anaEur, 7200, 3600, 100, 9000, 2, 0, 3600, 18000, 0)));
        target.addToRollups(List.of(new Rollup(anaUsd, 3600, 3600, 50, 4000, 1, 0, 3600, 4000, 0)));
        target.addToRollups(List.of(new Rollup(anaEur, 1800, 0, 25, 0, 1, 1, 0, 0, 1)));
        target.addToRollups(List.of(new Rollup(ben, 60, 0, 1, 0, 1, 0, 0, 0, 1)));
        target.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, 7L, "ana", "ACME", "EUR", APRIL), 60, 0, 1, 0, 1, 0, 0, 0, 1)));

        assertEquals(List.of(new Rollup(anaEur, 9000, 3600, 125, 9000, 3, 1, 3600, 18000, 1),
                new Rollup(anaUsd, 3600, 3600, 50, 4000, 1, 0, 3600, 4000, 0)), target.monthly(Rollup.Kind.PERSON, APRIL, APRIL));
        assertEquals(3, target.monthly(Rollup.Kind.PERSON, APRIL, MAY).size());
    }

    @Test
    public void aDailyKindInMonthly_orPeopleByProjectOrAccount_shouldBeRefused() {
        assertThrows(IllegalArgumentException.class, () -> target.monthly(Rollup.Kind.PROJECT_DAY, APRIL, MAY));
        assertThrows(IllegalArgumentException.class, () -> target.monthly(Rollup.Kind.ACCOUNT_DAY, APRIL, MAY));
        assertThrows(IllegalArgumentException.class, () -> target.rollups(Rollup.Kind.PERSON, 7L, "ACME", APRIL, MAY));
    }

    @Test
    public void monthly_shouldLeaveOutAGroupWhoseRowsCancelOut() {
        Rollup.Key key = new Rollup.Key(Rollup.Kind.PROJECT, 7L, "ana", "ACME", "EUR", APRIL);
        target.addToRollups(List.of(new Rollup(key, 1800, 0, 25, 0, 1, 0, 0, 0, 1)));
        target.addToRollups(List.of(new Rollup(key, -1800, 0, -25, 0, -1, 0, 0, 0, -1)));

        assertEquals(List.of(), target.monthly(Rollup.Kind.PROJECT, APRIL, MAY));
    }
}

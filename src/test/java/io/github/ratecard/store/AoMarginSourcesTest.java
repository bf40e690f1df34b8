package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** The profitability report's lines read from the rollups the ledger writes, added up in the database; on H2 or PostgreSQL. */
public class AoMarginSourcesTest {

    private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final AoMarginSources target = new AoMarginSources(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void withoutPeople_aLineShouldAddUpItsProjectsAccountsAndCurrencysWorkOfTheMonth() {
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000));
        logged(entry(1, "ben", "ACME", LocalDate.of(2026, 10, 20), 1800, 2_500));
        logged(entry(1, "ana", "GLX", LocalDate.of(2026, 10, 6), 600, 1_000));
        logged(entry(2, "ana", "ACME", LocalDate.of(2026, 11, 2), 900, 1_500));
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 12, 1), 900, 1_500));

        assertEquals(Set.of(line(1, null, "ACME", OCT, 5400, 7_500, 2), line(1, null, "GLX", OCT, 600, 1_000, 1),
                line(2, null, "ACME", NOV, 900, 1_500, 1)), lines(target.work(OCT, NOV, false, null)));
    }

    @Test
    public void byPerson_aLineShouldKeepThePerson() {
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000));
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 9), 1800, 2_500));
        logged(entry(1, "ben", "ACME", LocalDate.of(2026, 10, 20), 1800, 2_500));

        assertEquals(Set.of(line(1, "ana", "ACME", OCT, 5400, 7_500, 2), line(1, "ben", "ACME", OCT, 1800, 2_500, 1)),
                lines(target.work(OCT, OCT, true, null)));
    }

    @Test
    public void anAccount_shouldBeChosenInTheRead() {
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000));
        logged(entry(1, "ana", "GLX", LocalDate.of(2026, 10, 6), 600, 1_000));

        assertEquals(Set.of(line(1, null, "GLX", OCT, 600, 1_000, 1)), lines(target.work(OCT, OCT, false, "GLX")));
        assertEquals(Set.of(line(1, "ana", "GLX", OCT, 600, 1_000, 1)), lines(target.work(OCT, OCT, true, "GLX")));
    }

    @Test
    public void workRemovedAgain_shouldLeaveNoLine() {
        LedgerEntry entry = entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000);
        logged(entry);
        rollups.addToRollups(Rollup.contributionsOf(entry, -1));

        assertEquals(List.of(), target.work(OCT, OCT, false, null));
        assertEquals(List.of(), target.work(OCT, OCT, true, null));
    }

    private record Line(long projectId, String userKey, String accountKey, YearMonth month, long workedSeconds, long billMinor, long entries) {
    }

    private static Line line(long projectId, String userKey, String accountKey, YearMonth month, long workedSeconds, long billMinor,
                             long entries) {
        return new Line(projectId, userKey, accountKey, month, workedSeconds, billMinor, entries);
    }

    private static Set<Line> lines(List<Rollup> rollups) {
        Set<Line> lines = new HashSet<>();
        for (Rollup rollup : rollups) {
            lines.add(new Line(rollup.key().projectId(), rollup.key().userKey(), rollup.key().accountKey(), rollup.key().month(),
                    rollup.workedSeconds(), rollup.billMinor(), rollup.entries()));
        }
        return lines;
    }

    private void logged(LedgerEntry entry) {
        rollups.addToRollups(Rollup.contributionsOf(entry, 1));
    }

    private static long worklogs;

    private static LedgerEntry entry(long projectId, String author, String account, LocalDate day, long seconds, long billMinor) {
        Currency eur = Currency.getInstance("EUR");
        long id = ++worklogs;
        return new LedgerEntry(id, 100 + id, projectId, author, AT, day, seconds, seconds, true, account, Money.ofMinor(seconds, eur),
                Money.ofMinor(billMinor, eur), Money.ofMinor(billMinor, eur), 1L, 2L, PricingStatus.PRICED, AT, AT, false);
    }
}

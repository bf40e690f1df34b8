package io.github.ratecard.ledger;

import static io.github.ratecard.testing.kits.LedgerChanges.issueOf;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoRetryQueue;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Worklogs whose work day (in the reporting zone, here Berlin) lies outside 1970-01-01 to
 * 2199-12-31 are not priced: they stay out of the ledger and its rollups and are put aside with
 * the reason, never due for a retry, while the other worklogs of their batch are priced.
 */
public class OutOfRangeWorklogTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final String UPDATED = "2026-04-15T09:00:00Z";

    private final RateCardKit kit = new RateCardKit();
    private final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
    private final AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
    private final AoLedgerQueries queries = new AoLedgerQueries(kit.database.activeObjects());
    private final AoRetryQueue retries = new AoRetryQueue(kit.database.activeObjects());
    private LedgerKeeper target;

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("1970-01-01")));
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
        target = new LedgerKeeper(ledger, rollups, pricer, kit.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC), InvoicedWorkChanges.NONE,
                retries);
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void firstAndLastBusinessDays_shouldBePriced() {
        target.handle(saved(1, ACME, "ana", "1969-12-31T23:00:00Z", 3600, UPDATED));
        target.handle(saved(2, ACME, "ana", "2199-12-31T22:59:59Z", 3600, UPDATED));

        assertEquals(2, queries.countOfIssue(issueOf(ACME)));
        assertEquals(0, retries.size());
    }

    @Test
    public void workDaysJustOutsideAndFarOutside_shouldBePutAsideWithTheReason() {
        List<String> starts = List.of("1969-12-31T22:59:59Z", "2199-12-31T23:00:00Z", "0000-01-01T00:00:00Z", "-0001-06-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "-1000000-01-01T00:00:00Z");
        for (int i = 0; i < starts.size(); i++) {
            target.handle(saved(10 + i, ACME, "ana", starts.get(i), 3600, UPDATED));
        }

        assertEquals(0, queries.countOfIssue(issueOf(ACME)));
        assertTrue(rollups.rollups(Rollup.Kind.PROJECT, ACME, null, YearMonth.of(1969, 1), YearMonth.of(2200, 12)).isEmpty());
        List<RetryQueue.Retry> aside = retries.setAside(10);
        assertEquals(starts.size(), aside.size());
        assertTrue(aside.get(0).lastError(), aside.get(0).lastError().contains("outside the work days Ratecard prices (1970-01-01 to 2199-12-31)"));
        assertTrue("never retried", retries.due(Instant.parse("2999-01-01T00:00:00Z"), 10).isEmpty());
        assertEquals("not counted as waiting for a retry", 0, retries.size());
    }

    @Test
    public void pricedWorklogEditedOutOfRange_shouldLeaveTheLedgerAndItsRollups() {
        target.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));

        target.handle(saved(1, ACME, "ana", "+10000-01-01T00:00:00Z", 3600, "2026-04-15T10:00:00Z"));

        assertEquals(0, queries.countOfIssue(issueOf(ACME)));
        assertTrue(rollups.rollups(Rollup.Kind.PROJECT, ACME, null, YearMonth.of(2026, 1), YearMonth.of(2026, 12)).isEmpty());
        assertEquals(1, retries.setAside(10).size());
    }

    @Test
    public void worklogRefusedTwice_shouldBePutAsideOnce() {
        target.handle(saved(1, ACME, "ana", "+10000-01-01T00:00:00Z", 3600, "2026-04-15T09:00:00Z"));
        target.handle(saved(1, ACME, "ana", "+10001-01-01T00:00:00Z", 3600, "2026-04-15T10:00:00Z"));

        assertEquals(1, retries.setAside(10).size());
    }

    @Test
    public void batchWithAnOutOfRangeWorklog_shouldPriceTheOthers() {
        target.apply(List.of(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, UPDATED),
                saved(2, ACME, "ana", "+10000-01-01T00:00:00Z", 3600, UPDATED),
                saved(3, ACME, "ana", "2026-04-16T08:00:00Z", 1800, UPDATED)));

        assertEquals(2, queries.countOfIssue(issueOf(ACME)));
        assertEquals(5400, rollups.rollups(Rollup.Kind.PROJECT, ACME, null, YearMonth.of(2026, 1), YearMonth.of(2026, 12)).get(0).workedSeconds());
        assertEquals(1, retries.setAside(10).size());
    }
}

package io.github.ratecard.store;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.PricingView;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Each node's cached view of the rate card for pricing, renewed by every change, on a real database. */
public class CachedPricingViewsTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final LocalDate JANUARY = LocalDate.parse("2026-01-01");

    private final RateCardKit kit = new RateCardKit();
    private final CachedPricingViews views = node();
    private final WorklogPricer pricer = new WorklogPricer(views, BillingFacts.NONE);

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.create(account("GLOBEX", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.accountService.link("ACME", "GLOBEX", false);
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(JANUARY));
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(JANUARY));
        kit.rateService.add(RateScope.account("GLOBEX"), HourlyRate.parse("80", "EUR"), EffectivePeriod.from(JANUARY));
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void unchangedRateCard_shouldKeepTheSameView() {
        assertSame(views.get(), views.get());
    }

    @Test
    public void changedRate_shouldPriceTheNextWorklogAtTheNewRate() {
        assertEquals(Money.parse("30.00", "EUR"), price(pricer, "2026-04-15T08:00:00Z").cost());

        kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("42", "EUR"), EffectivePeriod.from(JANUARY));

        assertEquals(Money.parse("42.00", "EUR"), price(pricer, "2026-04-15T08:00:00Z").cost());
    }

    @Test
    public void changeOnAnotherNode_shouldRenewThisNodesView() {
        WorklogPricer otherNode = new WorklogPricer(node(), BillingFacts.NONE);
        assertEquals(Money.parse("60.00", "EUR"), price(otherNode, "2026-04-15T08:00:00Z").bill());

        kit.rateService.add(RateScope.projectUser(ACME, "ana"), HourlyRate.parse("65", "EUR"), EffectivePeriod.from(JANUARY));
        kit.accountService.setDefault("ACME", "GLOBEX");

        LedgerEntry entry = price(otherNode, "2026-04-15T08:00:00Z");
        assertEquals("GLOBEX", entry.accountKey());
        assertEquals(Money.parse("80.00", "EUR"), entry.bill());
    }

    @Test
    public void changedReportingZone_shouldMoveTheWorkDate() {
        assertEquals(LocalDate.parse("2026-04-30"), price(pricer, "2026-04-30T23:30:00Z").workDate());

        kit.settingsService.change(Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));

        assertEquals(LocalDate.parse("2026-05-01"), price(pricer, "2026-04-30T23:30:00Z").workDate());
    }

    @Test
    public void batch_shouldKeepWhatItHasReadWhileTheRateCardChanges() {
        WorklogPricer batch = pricer.forBatch(java.util.List.of(), java.util.Set.of());
        assertEquals(Money.parse("30.00", "EUR"), price(batch, "2026-04-15T08:00:00Z").cost());

        kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("42", "EUR"), EffectivePeriod.from(JANUARY));

        assertEquals(Money.parse("30.00", "EUR"), price(batch, "2026-04-15T08:00:00Z").cost());
        assertEquals(Money.parse("42.00", "EUR"), price(pricer, "2026-04-15T08:00:00Z").cost());
    }

    @Test
    public void batch_shouldKnowWhenTheRateCardChangedSinceItBegan() {
        WorklogPricer batch = pricer.forBatch(java.util.List.of(), java.util.Set.of());
        assertTrue(batch.pricedAgainstCurrentRateCard());

        kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("42", "EUR"), EffectivePeriod.from(JANUARY));

        assertFalse(batch.pricedAgainstCurrentRateCard());
    }

    @Test
    public void rateChangeCommittedWhileABatchIsPriced_shouldBeWrittenAtTheNewRate() {
        AtomicBoolean changedOnAnotherNode = new AtomicBoolean();
        Supplier<PricingView> thisNode = () -> {
            PricingView view = views.get();
            if (changedOnAnotherNode.compareAndSet(false, true)) {
                price(new WorklogPricer(() -> view, BillingFacts.NONE), "2026-04-15T08:00:00Z");
                kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("42", "EUR"), EffectivePeriod.from(JANUARY));
            }
            return view;
        };
        var ao = kit.database.activeObjects();
        LedgerKeeper keeper = new LedgerKeeper(new AoLedgerStore(ao), new AoRollupStore(ao), new WorklogPricer(thisNode, BillingFacts.NONE),
                kit.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
        Instant start = Instant.parse("2026-04-15T08:00:00Z");

        keeper.handle(WorklogChange.saved(new WorklogRecord(7, 70, "ACME-7", ACME, "ACME", "ana", start, 3600, start.plusSeconds(3600))));

        LedgerEntry written = new AoLedgerQueries(ao).entriesOfIssue(70, 0, 1).get(0);
        assertEquals(Money.parse("42.00", "EUR"), written.cost());
    }

    private CachedPricingViews node() {
        return new CachedPricingViews(kit.rates, kit.levels, kit.accounts, kit.settings, kit.pricingVersion);
    }

    private static LedgerEntry price(WorklogPricer pricer, String started) {
        Instant start = Instant.parse(started);
        return pricer.price(new WorklogRecord(7, 70, "ACME-7", ACME, "ACME", "ana", start, 3600, start.plusSeconds(3600)), start);
    }
}

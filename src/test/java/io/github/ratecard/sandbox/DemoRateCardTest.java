package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.app.AccountService;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateType;
import io.github.ratecard.rates.ResolvedRate;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class DemoRateCardTest {

    private static TestDatabase database;
    private static SandboxApp app;

    @BeforeClass
    public static void seed() {
        database = TestDatabase.fresh().migrate(SandboxStore.ENTITIES).migrate(Entities.array());
        new DemoData(database, 42, 100).generate();
        SandboxStore store = new SandboxStore(database);
        app = new SandboxApp(store, database.activeObjects(), Clock.systemUTC());
        new DemoRateCard(app, store).seed();
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    @Test
    public void accounts_shouldBillInEuroDollarAndYen() {
        Set<String> currencies = app.bean(AccountService.class).accounts(AccountStatus.OPEN, 0, 50).items().stream()
                .map(a -> a.currency().getCurrencyCode()).collect(Collectors.toSet());

        assertEquals(Set.of("EUR", "USD", "JPY"), currencies);
        assertEquals(AccountStatus.CLOSED, app.bean(AccountService.class).account("OLDCO").status());
    }

    @Test
    public void oneProject_shouldBillToTwoAccounts() {
        assertEquals(2, app.bean(AccountService.class).links("ACMEDEV").size());
    }

    @Test
    public void everyOpenBillableAccount_shouldHaveAPriceChange() {
        for (ClientAccount account : app.bean(AccountService.class).accounts(AccountStatus.OPEN, 0, 50).items()) {
            if (account.category() == io.github.ratecard.billing.AccountCategory.BILLABLE) {
                long defaults = app.bean(RateCardService.class).find(new RateFilter(RateType.BILL, io.github.ratecard.rates.ScopeKind.ACCOUNT, account.key(),
                        null, null, null, null)).size();
                assertTrue(account.key(), defaults >= 2);
            }
        }
    }

    @Test
    public void promotion_shouldChangeTheCostRateFromItsFirstDay() {
        String before = ((ResolvedRate) app.bean(RateCardService.class).resolve(DemoRateCard.PROMOTED_AGENT, null, null, DemoRateCard.PROMOTION.minusDays(1)).cost())
                .rate().hourly().amount().toPlainString();
        String after = ((ResolvedRate) app.bean(RateCardService.class).resolve(DemoRateCard.PROMOTED_AGENT, null, null, DemoRateCard.PROMOTION).cost())
                .rate().hourly().amount().toPlainString();

        assertEquals("25.5000", before);
        assertEquals("31.0000", after);
        assertNotEquals(before, after);
    }

    @Test
    public void everyDemoAgent_shouldHoldALevelOnTheFirstDemoDay() {
        for (int i = 1; i <= 40; i++) {
            String agent = String.format("agent%02d", i);
            assertTrue(agent, app.bean(LevelService.class).levelOn(agent, LocalDate.of(2026, 5, 1)).isPresent());
        }
    }
}

package io.github.ratecard.sandbox;

import io.github.ratecard.app.AccountService;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.sandbox.model.SbUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo story's rate card, entered through the app's own services (so it is validated and
 * audited like finance's work): three staff levels with one promotion, cost rates with a price
 * change, client accounts in EUR, USD and JPY (and an internal and a closed one), bill rates
 * with a price change per account, and a project billing to two accounts.
 */
final class DemoRateCard {

    static final LocalDate START = LocalDate.of(2025, 11, 1);
    static final String PROMOTED_AGENT = "agent20";
    static final LocalDate PROMOTION = LocalDate.of(2026, 8, 1);

    private final SandboxApp app;
    private final AccountService accounts;
    private final LevelService levelService;
    private final RateCardService rates;
    private final SandboxStore store;

    DemoRateCard(SandboxApp app, SandboxStore store) {
        this.app = app;
        this.accounts = app.bean(AccountService.class);
        this.levelService = app.bean(LevelService.class);
        this.rates = app.bean(RateCardService.class);
        this.store = store;
    }

    boolean isSeeded() {
        return accounts.accounts(null, 0, 1).total() > 0;
    }

    void seed() {
        Map<String, Long> levels = new HashMap<>();
        levels.put("Agent L1", levelService.create("Agent L1", "First-line agents").id());
        levels.put("Agent L2", levelService.create("Agent L2", "Second-line agents and specialists").id());
        levels.put("Team lead", levelService.create("Team lead", "Leads a team of agents").id());
        for (SbUser user : store.users()) {
            if (user.getDemoLevel() != null) {
                levelService.assign(user.getUserKey(), levels.get(user.getDemoLevel()), EffectivePeriod.from(START));
            }
        }
        levelService.assign(PROMOTED_AGENT, levels.get("Agent L2"), EffectivePeriod.from(PROMOTION));

        cost(RateScope.global(), "22.00", START);
        cost(RateScope.level(levels.get("Agent L1")), "24.00", START);
        cost(RateScope.level(levels.get("Agent L1")), "25.50", LocalDate.of(2026, 7, 1));
        cost(RateScope.level(levels.get("Agent L2")), "31.00", START);
        cost(RateScope.level(levels.get("Team lead")), "42.00", START);
        cost(RateScope.user("agent40"), "48.00", LocalDate.of(2026, 1, 1));

        account("ACME", "Acme Corporation", "Acme Corporation", "EUR", AccountCategory.BILLABLE, rule(15, BilledTimeRule.Mode.UP, 15), "19");
        account("ACME_LABS", "Acme Labs R&D", "Acme Corporation", "EUR", AccountCategory.BILLABLE, rule(15, BilledTimeRule.Mode.UP, 0), "19");
        account("GLOBEX", "Globex Inc.", "Globex Inc.", "USD", AccountCategory.BILLABLE, rule(6, BilledTimeRule.Mode.NEAREST, 0), "0");
        account("INITECH", "Initech K.K.", "Initech K.K.", "JPY", AccountCategory.BILLABLE, rule(30, BilledTimeRule.Mode.UP, 30), "10");
        account("INTERNAL", "Internal operations", "Ratecard BPO", "EUR", AccountCategory.INTERNAL, BilledTimeRule.EXACT_MINUTES, "0");
        account("OLDCO", "Oldco GmbH", "Oldco GmbH", "EUR", AccountCategory.BILLABLE, rule(15, BilledTimeRule.Mode.UP, 0), "19");

        bill(RateScope.account("ACME"), "55.00", "EUR", START);
        bill(RateScope.account("ACME"), "58.00", "EUR", LocalDate.of(2026, 7, 1));
        bill(RateScope.accountLevel("ACME", levels.get("Agent L2")), "68.00", "EUR", START);
        bill(RateScope.accountLevel("ACME", levels.get("Team lead")), "85.00", "EUR", START);
        // An old arrangement: agent40 (whose own cost rate is 48.00) is billed to Acme below her cost.
        bill(RateScope.accountUser("ACME", "agent40"), "45.00", "EUR", START);
        bill(RateScope.account("ACME_LABS"), "75.00", "EUR", START);
        bill(RateScope.account("ACME_LABS"), "78.00", "EUR", LocalDate.of(2026, 10, 1));
        // No GLOBEX rate before June: May work for Globex shows as a missing bill rate.
        bill(RateScope.account("GLOBEX"), "62.00", "USD", LocalDate.of(2026, 6, 1));
        bill(RateScope.account("GLOBEX"), "65.00", "USD", LocalDate.of(2026, 9, 1));
        bill(RateScope.accountUser("GLOBEX", "agent03"), "70.00", "USD", START);
        bill(RateScope.account("INITECH"), "7500", "JPY", START);
        bill(RateScope.account("INITECH"), "8000", "JPY", LocalDate.of(2026, 6, 1));
        bill(RateScope.account("OLDCO"), "50.00", "EUR", LocalDate.of(2025, 1, 1));

        accounts.link("ACME", "ACME", true);
        accounts.link("ACMEDEV", "ACME", true);
        accounts.link("ACMEDEV", "ACME_LABS", false);
        accounts.link("GLX", "GLOBEX", true);
        accounts.link("INI", "INITECH", true);
        accounts.link("OPS", "INTERNAL", true);
        accounts.link("ACME", "OLDCO", false);
        accounts.unlink("ACME", "OLDCO");
        accounts.update("OLDCO", accounts.account("OLDCO").withStatus(AccountStatus.CLOSED));
        new DemoCapacity(app).seed(levels);
        new DemoContracts(app).seed();
    }

    private void cost(RateScope scope, String amount, LocalDate from) {
        rates.add(scope, HourlyRate.parse(amount, "EUR"), EffectivePeriod.from(from));
    }

    private void bill(RateScope scope, String amount, String currency, LocalDate from) {
        rates.add(scope, HourlyRate.parse(amount, currency), EffectivePeriod.from(from));
    }

    private void account(String key, String name, String customer, String currency, AccountCategory category, BilledTimeRule rule, String tax) {
        accounts.create(new ClientAccount(key, name, customer, Currencies.of(currency), category, AccountStatus.OPEN, rule,
                new BigDecimal(tax), key));
    }

    private static BilledTimeRule rule(int increment, BilledTimeRule.Mode mode, int minimum) {
        return new BilledTimeRule(increment, mode, minimum);
    }
}

package io.github.ratecard.testing.kits;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.app.AccountService;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.ledger.RepricingRequests;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.app.SettingsService;
import io.github.ratecard.store.AoAccountStore;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoLevelStore;
import io.github.ratecard.store.AoRateStore;
import io.github.ratecard.store.AoSettings;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.AuditEntity;
import io.github.ratecard.store.Entities;
import io.github.ratecard.store.PricingVersion;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.testing.wiring.App;
import io.github.ratecard.testing.wiring.AppWiring;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The rate card on a real database: the app's stores and services from the plugin context over the
 * real ORM, with Jira's projects, users and current user played by small in-memory directories, a
 * fixed clock, and the re-pricing requests recorded instead of run.
 */
public final class RateCardKit implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    public static final ProjectRef ACME_PROJECT = new ProjectRef(10000, "ACME", "Acme support desk", "lead");
    public static final ProjectRef GLX_PROJECT = new ProjectRef(10001, "GLX", "Globex helpdesk", "lead");
    public static final List<String> USERS = List.of("ana", "ben", "cleo", "lead");

    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    public final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    public final ProjectDirectory projects = new ProjectDirectory() {
        @Override
        public Optional<ProjectRef> byKey(String key) {
            return List.of(ACME_PROJECT, GLX_PROJECT).stream().filter(p -> p.key().equals(key)).findFirst();
        }

        @Override
        public Optional<ProjectRef> byId(long id) {
            return List.of(ACME_PROJECT, GLX_PROJECT).stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<ProjectRef> search(SearchQuery query) {
            return List.of(ACME_PROJECT, GLX_PROJECT).stream().filter(p -> query.matches(p.key(), p.name())).toList();
        }
    };
    public final UserDirectory users = new UserDirectory() {
        @Override
        public Optional<UserRef> byKey(String key) {
            return USERS.contains(key) ? Optional.of(new UserRef(key, key.toUpperCase())) : Optional.empty();
        }

        @Override
        public List<UserRef> search(SearchQuery query, int limit) {
            return USERS.stream().filter(key -> !query.isEmpty() && query.matches(key, key)).limit(limit)
                    .map(key -> new UserRef(key, key.toUpperCase())).toList();
        }
    };
    /** The re-pricing the rate card asked for, in order: every change passes the pricing version on its way here, as in the app. */
    public final List<AffectedWork> repricing = new ArrayList<>();
    /** The app's beans, from the plugin context, built as they are first used. */
    public final App app;
    public final AoLevelStore levels;
    public final AoRateStore rates;
    public final AoAccountStore accounts;
    public final AoSettings settings;
    public final AoAuditLog audit;
    public final AoTransactions transactions;
    public final PricingVersion pricingVersion;
    public final LevelService levelService;
    public final AccountService accountService;
    public final RateCardService rateService;
    public final SettingsService settingsService;

    public RateCardKit() {
        this(UnaryOperator.identity());
    }

    /** With more of the host bound by {@code more}, for kits of a larger part of the app. */
    public RateCardKit(UnaryOperator<AppWiring> more) {
        app = more.apply(AppWiring.fromPluginContext().lazily()
                .hostService("activeObjects", database.activeObjects())
                .hostService("transactionalExecutorFactory", new TestTransactionalExecutors(database))
                .standIn("clock", CLOCK)
                .standIn("defaultZone", (Supplier<ZoneId>) () -> ZoneId.of("UTC"))
                .standIn("accessPolicy", financeUser())
                .standIn("projectDirectory", projects)
                .standIn("userDirectory", users)
                .standIn("jobService", (RepricingRequests) repricing::add)).start();
        levels = app.bean(AoLevelStore.class);
        rates = app.bean(AoRateStore.class);
        accounts = app.bean(AoAccountStore.class);
        settings = app.bean(AoSettings.class);
        audit = app.bean(AoAuditLog.class);
        transactions = app.bean(AoTransactions.class);
        pricingVersion = app.bean(PricingVersion.class);
        levelService = app.bean(LevelService.class);
        accountService = app.bean(AccountService.class);
        rateService = app.bean(RateCardService.class);
        settingsService = app.bean(SettingsService.class);
    }

    public static AccessPolicy financeUser() {
        return FinanceViewer.of("fiona", "Fiona Finance", false);
    }

    public static ClientAccount account(String key, String currency) {
        return new ClientAccount(key, key + " Ltd", "Customer of " + key, Currency.getInstance(currency), AccountCategory.BILLABLE,
                AccountStatus.OPEN, new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0), new BigDecimal("19"), null);
    }

    public int auditRows() {
        return database.activeObjects().count(AuditEntity.class, net.java.ao.Query.select());
    }

    @Override
    public void close() {
        app.close();
        database.close();
    }
}

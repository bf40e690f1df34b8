package io.github.ratecard.store;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.app.AccountService;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.app.SettingsService;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The rate card on a real database: the app's stores and services over the real ORM, with
 * Jira's projects, users and current user played by small in-memory directories.
 */
final class RateCardKit implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final ProjectRef ACME_PROJECT = new ProjectRef(10000, "ACME", "Acme support desk", "lead");
    static final ProjectRef GLX_PROJECT = new ProjectRef(10001, "GLX", "Globex helpdesk", "lead");
    static final List<String> USERS = List.of("ana", "ben", "cleo", "lead");

    final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    final AoLevelStore levels = new AoLevelStore(database.activeObjects());
    final AoRateStore rates = new AoRateStore(database.activeObjects());
    final AoAccountStore accounts = new AoAccountStore(database.activeObjects());
    final AoSettings settings = new AoSettings(database.activeObjects(), () -> java.time.ZoneId.of("UTC"));
    final AoAuditLog audit = new AoAuditLog(database.activeObjects(), financeUser(), Clock.fixed(NOW, ZoneOffset.UTC));
    final AoTransactions transactions = new AoTransactions(database.activeObjects());
    final ProjectDirectory projects = new ProjectDirectory() {
        @Override
        public Optional<ProjectRef> byKey(String key) {
            return List.of(ACME_PROJECT, GLX_PROJECT).stream().filter(p -> p.key().equals(key)).findFirst();
        }

        @Override
        public Optional<ProjectRef> byId(long id) {
            return List.of(ACME_PROJECT, GLX_PROJECT).stream().filter(p -> p.id() == id).findFirst();
        }
    };
    final UserDirectory users = key -> USERS.contains(key) ? Optional.of(new UserRef(key, key.toUpperCase())) : Optional.empty();

    /** The re-pricing the rate card asked for, in order. */
    final List<AffectedWork> repricing = new ArrayList<>();
    /** Every change passes the pricing version on its way to {@link #repricing}, as in the app. */
    final PricingVersion pricingVersion = new PricingVersion(database.activeObjects(), repricing::add);
    final LevelService levelService = new LevelService(levels, users, audit, transactions, pricingVersion);
    final AccountService accountService = new AccountService(accounts, rates, projects, audit, transactions, pricingVersion);
    final RateCardService rateService = new RateCardService(rates, levels, accounts, projects, users, settings, audit, transactions,
            pricingVersion);
    final SettingsService settingsService = new SettingsService(settings, settings, rates, audit, transactions, pricingVersion);

    static AccessPolicy financeUser() {
        return new AccessPolicy() {
            @Override
            public Optional<Viewer> currentViewer() {
                return Optional.of(new Viewer("fiona", "Fiona Finance"));
            }

            @Override
            public boolean currentUserIsAdmin() {
                return false;
            }

            @Override
            public boolean currentUserIsFinance() {
                return true;
            }

            @Override
            public boolean currentUserLeads(long projectId) {
                return false;
            }

            @Override
            public boolean currentUserHas(io.github.ratecard.access.ProjectAccess access, long projectId) {
                return false;
            }
        };
    }

    static ClientAccount account(String key, String currency) {
        return new ClientAccount(key, key + " Ltd", "Customer of " + key, Currency.getInstance(currency), AccountCategory.BILLABLE,
                AccountStatus.OPEN, new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0), new BigDecimal("19"), null);
    }

    int auditRows() {
        return database.activeObjects().count(AuditEntity.class, net.java.ao.Query.select());
    }

    @Override
    public void close() {
        database.close();
    }
}

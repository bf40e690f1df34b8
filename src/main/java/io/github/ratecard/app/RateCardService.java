package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.ledger.RepricingRequests;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.EffectiveSchedule;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateQuery;
import io.github.ratecard.rates.RateResolver;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rates.RateType;
import io.github.ratecard.rates.SchedulePlan;
import io.github.ratecard.rates.StoredRateBook;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cost and bill rates: adding a rate (closing the open-ended one it follows), editing its
 * period, deleting it, listing, and resolving which rate applies. Every change is audited;
 * a rejected one changes nothing.
 */
public final class RateCardService {

    static final String RATE = "rate";

    private final RateStore rates;
    private final LevelStore levels;
    private final AccountStore accounts;
    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final ReportingSettings settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final RepricingRequests repricing;

    public RateCardService(RateStore rates, LevelStore levels, AccountStore accounts, ProjectDirectory projects,
                           UserDirectory users, ReportingSettings settings, AuditLog audit, Transactions transactions,
                           RepricingRequests repricing) {
        this.rates = rates;
        this.levels = levels;
        this.accounts = accounts;
        this.projects = projects;
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.repricing = repricing;
    }

    public List<Rate> find(RateFilter filter) {
        return rates.find(filter);
    }

    public Rate rate(long id) {
        return rates.rate(id).orElseThrow(() -> new NotFoundException("No rate " + id));
    }

    /** Adds a rate; when it starts inside the scope's open-ended rate, that one ends the day before. */
    public Rate add(RateScope scope, HourlyRate hourly, EffectivePeriod period) {
        checkReferences(scope, hourly);
        return transactions.inTransaction(() -> {
            checkAccountIsOpen(scope);
            SchedulePlan plan = EffectiveSchedule.plan(rates.ratesOf(scope), period);
            plan.closing().ifPresent(closing -> {
                Rate before = rate(closing.id());
                rates.updatePeriod(closing.id(), closing.newPeriod());
                audit.record(RATE, Long.toString(closing.id()), "close", snapshot(before), snapshot(before.withPeriod(closing.newPeriod())));
            });
            Rate candidate = new Rate(0, scope, hourly, period);
            Rate stored = new Rate(rates.insert(candidate), scope, hourly, period);
            audit.record(RATE, Long.toString(stored.id()), "create", null, snapshot(stored));
            requestRepricing(scope, period, "rate added");
            return stored;
        });
    }

    /** Moves a rate's period ("effective from" editing); it may not overlap another rate of its scope. */
    public Rate changePeriod(long id, EffectivePeriod period) {
        return transactions.inTransaction(() -> {
            Rate before = rate(id);
            List<Rate> sameScope = rates.ratesOf(before.scope());
            SchedulePlan plan = EffectiveSchedule.plan(sameScope, period, id);
            if (plan.closing().isPresent()) {
                throw new io.github.ratecard.rates.OverlapException(rate(plan.closing().get().id()), period);
            }
            rates.updatePeriod(id, period);
            Rate after = before.withPeriod(period);
            audit.record(RATE, Long.toString(id), "update", snapshot(before), snapshot(after));
            requestRepricing(before.scope(), before.period().spanWith(period), "rate period changed");
            return after;
        });
    }

    /**
     * Deletes a rate, undoing its adding: the rate of its scope that ended the day before it
     * started (the one it closed, when added) takes its days back.
     */
    public void delete(long id) {
        transactions.inTransaction(() -> {
            Rate before = rate(id);
            rates.delete(id);
            audit.record(RATE, Long.toString(id), "delete", snapshot(before), null);
            LocalDate dayBefore = before.period().validFrom().minusDays(1);
            rates.ratesOf(before.scope()).stream().filter(rate -> rate.period().end().filter(dayBefore::equals).isPresent()).findFirst()
                    .ifPresent(previous -> {
                        Rate reopened = previous.withPeriod(previous.period().endingOn(before.period().validTo()));
                        rates.updatePeriod(previous.id(), reopened.period());
                        audit.record(RATE, Long.toString(previous.id()), "reopen", snapshot(previous), snapshot(reopened));
                    });
            requestRepricing(before.scope(), before.period(), "rate deleted");
            return null;
        });
    }

    /** Which cost and bill rate apply to the user's work on the project for the account on the day. */
    public RateResolver.Resolution resolve(String userKey, Long projectId, String accountKey, LocalDate day) {
        InvalidInputException.require(userKey != null && !userKey.isBlank(), "user", "user is required");
        InvalidInputException.require(day != null, "date", "date is required");
        ClientAccount account = accountKey == null ? null
                : accounts.account(accountKey).orElseThrow(() -> new InvalidInputException("account", "Unknown account: " + accountKey));
        return new RateResolver(new StoredRateBook(rates, levels)).resolve(
                new RateQuery(userKey, projectId, accountKey, account == null ? null : account.currency(), day));
    }

    /** The work a rate of this scope and period can price: narrowed by its account, project, user or level's users and its days. */
    private void requestRepricing(RateScope scope, EffectivePeriod period, String reason) {
        Set<String> users = new HashSet<>();
        if (scope.userKey() != null) {
            users.add(scope.userKey());
        }
        if (scope.levelId() != null) {
            levels.assignmentsOfLevel(scope.levelId()).forEach(assignment -> users.add(assignment.userKey()));
            if (users.isEmpty()) {
                return;
            }
        }
        repricing.reprice(new AffectedWork(reason, scope.projectId(), scope.accountKey(), users, period.validFrom(), period.validTo()));
    }

    private void checkReferences(RateScope scope, HourlyRate hourly) {
        if (scope.userKey() != null) {
            InvalidInputException.require(users.byKey(scope.userKey()).isPresent(), "userKey", "Unknown user: " + scope.userKey());
        }
        if (scope.levelId() != null) {
            InvalidInputException.require(levels.level(scope.levelId()).isPresent(), "levelId", "Unknown staff level: " + scope.levelId());
        }
        if (scope.projectId() != null) {
            InvalidInputException.require(projects.byId(scope.projectId()).isPresent(), "projectKey", "Unknown project: " + scope.projectId());
        }
        if (scope.type() == RateType.COST) {
            InvalidInputException.require(hourly.currency().equals(settings.baseCurrency()), "currency",
                    "Cost rates are kept in the base currency " + settings.baseCurrency() + ", not " + hourly.currency());
        }
        if (scope.accountKey() != null) {
            ClientAccount account = accounts.account(scope.accountKey())
                    .orElseThrow(() -> new InvalidInputException("accountKey", "Unknown account: " + scope.accountKey()));
            InvalidInputException.require(hourly.currency().equals(account.currency()), "currency",
                    "Account " + account.key() + " bills in " + account.currency() + ", not " + hourly.currency());
        }
    }

    private void checkAccountIsOpen(RateScope scope) {
        if (scope.accountKey() != null) {
            ClientAccount account = accounts.account(scope.accountKey()).orElseThrow();
            if (!account.isOpen()) {
                throw new ConflictException("accountKey", "Account " + account.key() + " is " + account.status() + "; only open accounts take new rates");
            }
        }
    }

    static Map<String, Object> snapshot(Rate rate) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", rate.id());
        map.put("type", rate.type().name());
        map.put("scope", rate.scope().kind().name());
        map.put("accountKey", rate.scope().accountKey());
        map.put("projectId", rate.scope().projectId());
        map.put("userKey", rate.scope().userKey());
        map.put("levelId", rate.scope().levelId());
        map.put("amount", rate.hourly().amount().toPlainString());
        map.put("currency", rate.hourly().currency().getCurrencyCode());
        map.put("validFrom", rate.period().validFrom().toString());
        map.put("validTo", rate.period().end().map(LocalDate::toString).orElse(null));
        return map;
    }
}

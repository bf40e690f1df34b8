package io.github.ratecard.store;

import io.github.ratecard.budget.AlertMailer;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.budget.BudgetCalculator;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.app.BudgetService;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.app.ExpenseService;
import io.github.ratecard.budget.FiscalYear;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.budget.ScopeLabour;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Budgets on a real database: the rate card kit's stores plus the ledger, budgets, expenses,
 * overhead and alerts, the reporter and the watch as the app builds them. Spending is added as
 * the ledger's daily rollups of project ACME; Jira's issues are a small in-memory tree, and
 * e-mails are recorded instead of queued.
 */
final class BudgetKit implements AutoCloseable {

    static final BudgetScope ACME = new BudgetScope(BudgetScope.Kind.PROJECT, "ACME");

    final RateCardKit rateCard = new RateCardKit();
    final AoLedgerStore ledger = new AoLedgerStore(rateCard.database.activeObjects());
    final AoRollupStore rollups = new AoRollupStore(rateCard.database.activeObjects());
    final AoLedgerQueries queries = new AoLedgerQueries(rateCard.database.activeObjects());
    final AoBudgetStore budgetStore = new AoBudgetStore(rateCard.database.activeObjects());
    final AoExpenseStore expenseStore = new AoExpenseStore(rateCard.database.activeObjects());
    final AoOverheadStore overheadStore = new AoOverheadStore(rateCard.database.activeObjects());
    final AoAlertStore alerts = new AoAlertStore(rateCard.database.activeObjects());
    final BudgetService budgets = new BudgetService(budgetStore, rateCard.audit, rateCard.transactions, rateCard.users);
    final ExpenseService expenses = new ExpenseService(expenseStore, rateCard.audit, rateCard.transactions);
    final Issues issues = new Issues();
    final WorklogPricer pricer = new WorklogPricer(new CachedPricingViews(rateCard.rates, rateCard.levels, rateCard.accounts,
            rateCard.settings, rateCard.pricingVersion), BillingFacts.NONE);
    final BudgetReporter reporter = new BudgetReporter(expenseStore, overheadStore, new ScopeLabour(queries, rollups, rateCard.projects, issues), issues,
            pricer, rateCard.settings, new BudgetCalculator(FiscalYear.CALENDAR, 4));
    final List<Mail> mails = new ArrayList<>();
    final BudgetWatch watch = new BudgetWatch(budgetStore, reporter, alerts, recordingMailer(), rateCard.projects,
            key -> issues.refs.values().stream().filter(ref -> ref.key().equals(key)).findFirst(), rateCard.settings, rateCard.transactions,
            Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));

    /** An alert's e-mail as the watch sent it. */
    record Mail(BudgetAlert alert, Budget budget, Set<String> recipients) {
    }

    /** Adds a day's cost (in EUR) of project ACME to the ledger's daily rollups. */
    void spend(String day, String euros) {
        long minor = Money.parse(euros, "EUR").minorUnits();
        rollups.addToRollups(List.of(new Rollup(Rollup.Key.daily(Rollup.Kind.PROJECT_DAY, RateCardKit.ACME_PROJECT.id(), "ACME", "EUR",
                LocalDate.parse(day)), 3600, 3600, minor, 0, minor >= 0 ? 1 : -1, 0)));
    }

    private AlertMailer recordingMailer() {
        return (alert, budget, recipients) -> mails.add(new Mail(alert, budget, recipients));
    }

    @Override
    public void close() {
        rateCard.close();
    }

    /** Jira's issues as budgets see them: a tree by parent key, nothing estimated. */
    static final class Issues implements ScopeWork {
        final Map<Long, IssueRef> refs = new HashMap<>();
        /** What Jira's time tracking says about every scope. */
        RemainingWork remaining = RemainingWork.NONE;
        final Map<String, String> parents = new HashMap<>();

        void add(long id, String key, String parentKey) {
            refs.put(id, new IssueRef(id, key, RateCardKit.ACME_PROJECT.id()));
            if (parentKey != null) {
                parents.put(key, parentKey);
            }
        }

        @Override
        public List<IssueRef> treeOf(String issueKey) {
            List<IssueRef> tree = new ArrayList<>();
            refs.values().stream().filter(ref -> ref.key().equals(issueKey)).forEach(tree::add);
            for (int i = 0; i < tree.size(); i++) {
                String key = tree.get(i).key();
                refs.values().stream().filter(ref -> key.equals(parents.get(ref.key()))).forEach(tree::add);
            }
            return tree;
        }

        @Override
        public List<String> ancestorKeysOf(String issueKey) {
            List<String> keys = new ArrayList<>();
            for (String key = parents.get(issueKey); key != null; key = parents.get(key)) {
                keys.add(key);
            }
            return keys;
        }

        @Override
        public Map<Long, IssueFacts> factsOf(Collection<Long> issueIds) {
            Map<Long, IssueFacts> facts = new HashMap<>();
            for (long id : issueIds) {
                Optional.ofNullable(refs.get(id)).ifPresent(ref -> {
                    List<String> up = ancestorKeysOf(ref.key());
                    facts.put(id, new IssueFacts(id, ref.key(), "Summary of " + ref.key(), up.isEmpty() ? null : up.get(up.size() - 1)));
                });
            }
            return facts;
        }

        @Override
        public RemainingWork remainingWork(BudgetScope scope) {
            return remaining;
        }
    }
}

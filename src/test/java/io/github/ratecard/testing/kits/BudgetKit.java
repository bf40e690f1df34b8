package io.github.ratecard.testing.kits;

import io.github.ratecard.budget.AlertMailer;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.app.BudgetService;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.app.ExpenseService;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoAlertStore;
import io.github.ratecard.store.AoBudgetStore;
import io.github.ratecard.store.AoExpenseStore;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoOverheadStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.testing.wiring.App;
import io.github.ratecard.testing.wiring.AppWiring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Budgets on a real database: the rate card kit's app with the ledger, budgets, expenses,
 * overhead and alerts, the reporter and the watch. Spending is added as
 * the ledger's daily rollups of project ACME; Jira's issues are a small in-memory tree, and
 * e-mails are recorded instead of queued.
 */
public final class BudgetKit implements AutoCloseable {

    public static final BudgetScope ACME = new BudgetScope(BudgetScope.Kind.PROJECT, "ACME");

    public final Issues issues = new Issues();
    public final List<Mail> mails = new ArrayList<>();
    public final RateCardKit rateCard;
    public final LedgerStore ledger;
    public final AoRollupStore rollups;
    public final AoLedgerQueries queries;
    public final AoBudgetStore budgetStore;
    public final AoExpenseStore expenseStore;
    public final AoOverheadStore overheadStore;
    public final AoAlertStore alerts;
    public final BudgetService budgets;
    public final ExpenseService expenses;
    public final WorklogPricer pricer;
    public final BudgetReporter reporter;
    public final BudgetWatch watch;

    public BudgetKit() {
        this(UnaryOperator.identity());
    }

    /** With more of the host bound by {@code more}, for kits of a larger part of the app. */
    public BudgetKit(UnaryOperator<AppWiring> more) {
        rateCard = new RateCardKit(wiring -> more.apply(wiring
                .standIn("scopeWork", issues)
                .standIn("issueDirectory", (IssueDirectory) key -> issues.refs.values().stream().filter(ref -> ref.key().equals(key)).findFirst())
                .standIn("alertMailer", recordingMailer())));
        App app = rateCard.app;
        ledger = app.bean("ledgerStore", LedgerStore.class);
        rollups = app.bean(AoRollupStore.class);
        queries = app.bean(AoLedgerQueries.class);
        budgetStore = app.bean(AoBudgetStore.class);
        expenseStore = app.bean(AoExpenseStore.class);
        overheadStore = app.bean(AoOverheadStore.class);
        alerts = app.bean(AoAlertStore.class);
        budgets = app.bean(BudgetService.class);
        expenses = app.bean(ExpenseService.class);
        pricer = app.bean(WorklogPricer.class);
        reporter = app.bean(BudgetReporter.class);
        watch = app.bean(BudgetWatch.class);
    }

    /** An alert's e-mail as the watch sent it. */
    public record Mail(BudgetAlert alert, Budget budget, Set<String> recipients) {
    }

    /** Adds a day's cost (in EUR) of project ACME to the ledger's daily rollups. */
    public void spend(String day, String euros) {
        long minor = Money.parse(euros, "EUR").minorUnits();
        rollups.addToRollups(List.of(new Rollup(Rollup.Key.daily(Rollup.Kind.PROJECT_DAY, RateCardKit.ACME_PROJECT.id(), "ACME", "EUR",
                LocalDate.parse(day)), 3600, 3600, minor, 0, minor >= 0 ? 1 : -1, 0, 0, 0, 0)));
    }

    private AlertMailer recordingMailer() {
        return (alert, budget, recipients) -> mails.add(new Mail(alert, budget, recipients));
    }

    @Override
    public void close() {
        rateCard.close();
    }

    /** Jira's issues as budgets see them: a tree by parent key, nothing estimated. */
    public static final class Issues implements ScopeWork {
        public final Map<Long, IssueRef> refs = new HashMap<>();
        /** What Jira's time tracking says about every scope. */
        public RemainingWork remaining = RemainingWork.NONE;
        /** How often the remaining work was read, the one read whose cost grows with the scope's issues. */
        public int remainingReads;
        public final Map<String, String> parents = new HashMap<>();

        public void add(long id, String key, String parentKey) {
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
            remainingReads++;
            return remaining;
        }
    }
}

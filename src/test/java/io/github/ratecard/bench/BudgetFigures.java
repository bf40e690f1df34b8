package io.github.ratecard.bench;

import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.OverheadRate;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoOverheadStore;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;

/**
 * The budget figures the benchmark times: a monthly cost budget of project P1 for 2026, with a
 * 15 % overhead, read as of 28 January 2026 — its status (actual, forecasts, earned value,
 * breakdown of parts, periods) and its weekly burn, as the REST API computes them. Jira's side
 * (the open issues and their estimates) is a fixed list of 40 issues.
 */
final class BudgetFigures {

    /** The last day whose work the first 100,000 worklogs hold completely (later ones start at most three days before they are logged). */
    private static final LocalDate AS_OF = LocalDate.parse("2026-01-28");

    private final TestDatabase database;
    private final BudgetReporter reporter;
    private final Budget budget = new Budget(1, new BudgetScope(BudgetScope.Kind.PROJECT, "P1"), Budget.Measure.COST,
            Money.parse("250000", "EUR"), 5000L, PeriodKind.MONTH, new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
            null, "lead");

    BudgetFigures(TestDatabase database, BudgetReporter reporter, AoOverheadStore overhead) {
        this.database = database;
        this.reporter = reporter;
        if (overhead.all().isEmpty()) {
            overhead.insert(new OverheadRate(0, null, LocalDate.parse("2026-01-01"), new BigDecimal("15")));
        }
    }

    /** One status and one burn, as one page view or two REST calls read them. */
    BudgetReport statusAndBurn() {
        BudgetReport report = reporter.report(budget, AS_OF);
        if (reporter.burn(budget, AS_OF, true).isEmpty()) {
            throw new IllegalStateException("A money budget always has a burn");
        }
        return report;
    }

    String actual() {
        return reporter.report(budget, AS_OF).money().orElseThrow().actual().toString();
    }

    int statementsOfOneRead() {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            statusAndBurn();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }

    /** Forty open issues of P1 with an estimate, spread over the bench's users. */
    static final class OpenIssues implements ScopeWork {

        @Override
        public List<IssueRef> treeOf(String issueKey) {
            return List.of();
        }

        @Override
        public List<String> ancestorKeysOf(String issueKey) {
            return List.of();
        }

        @Override
        public Map<Long, IssueFacts> factsOf(Collection<Long> issueIds) {
            return Map.of();
        }

        @Override
        public RemainingWork remainingWork(BudgetScope scope) {
            List<RemainingWork.OpenIssue> open = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                open.add(new RemainingWork.OpenIssue(5 * i + 5, "P1-" + (5 * i + 5), 1, "P1", i % 8 == 0 ? null : "u" + i, 3600L * (1 + i % 6)));
            }
            return new RemainingWork(3_600_000, open.stream().mapToLong(RemainingWork.OpenIssue::remainingSeconds).sum(), open);
        }
    }
}

package io.github.ratecard.web;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.BreakdownReader;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Test;

/** The Budget page reads the same number of SQL statements for a project with 200 priced worklogs as for one with 20,000. */
public class BudgetPageQueryCountTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final LocalDate AS_OF = LocalDate.parse("2026-03-31");

    private final BudgetKit kit = new BudgetKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void page_shouldCostAConstantNumberOfStatementsWhateverTheLedgersSize() {
        kit.rateCard.accountService.create(account("ACME", "EUR"));
        kit.rateCard.accountService.link("ACME", "ACME", true);
        kit.rateCard.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        for (long issue = 1; issue <= 20; issue++) {
            kit.issues.add(issue, "ACME-" + issue, issue > 2 ? "ACME-" + (issue % 2 + 1) : null);
        }
        kit.budgets.create(new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("50000", "EUR"), 2000L, PeriodKind.QUARTER,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "lead"));
        LedgerKeeper keeper = new LedgerKeeper(kit.ledger, kit.rollups, kit.pricer, kit.rateCard.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
        BudgetPage page = new BudgetPage(kit.budgets, kit.reporter, new BreakdownReader(kit.queries, kit.issues, kit.rateCard.projects,
                kit.rateCard.users, kit.rateCard.levels, kit.rateCard.accounts), kit.watch, kit.expenses, RateCardKit.financeUser(), key -> key,
                () -> Locale.ENGLISH);
        keeper.apply(worklogs(1, 200));

        int small = statementsFor(() -> page.viewOf(BudgetKit.ACME, "Acme", true, 0, AS_OF));
        keeper.apply(worklogs(1_000, 19_800));
        int large = statementsFor(() -> {
            BudgetPageView view = page.viewOf(BudgetKit.ACME, "Acme", true, 0, AS_OF);
            assertTrue(view.isHasBudget());
            assertEquals(5, view.getSelected().getTiles().size() - 1);
        });

        assertEquals(small, large);
        assertTrue("a bounded number of statements, was " + small, small > 0 && small <= 30);
    }

    private int statementsFor(Runnable read) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = kit.rateCard.database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            read.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }

    /** Worklogs on the days of January to March, by four users, spread over the 20 issues. */
    private static List<WorklogChange> worklogs(long firstId, int count) {
        List<WorklogChange> changes = new ArrayList<>(count);
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        List<String> users = List.of("ana", "ben", "cleo", "lead");
        for (int i = 0; i < count; i++) {
            Instant started = start.plusSeconds(3600L * 24 * (i % 90) + 60L * (i / 90 % 600));
            long issue = i % 20 + 1;
            changes.add(WorklogChange.saved(new WorklogRecord(firstId + i, issue, "ACME-" + issue, ACME, "ACME", users.get(i % 4), started,
                    1800, started.plusSeconds(1800))));
        }
        return changes;
    }
}

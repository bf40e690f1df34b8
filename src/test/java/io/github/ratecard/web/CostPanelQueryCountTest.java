package io.github.ratecard.web;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.ApprovalMarks;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.money.Money;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoIssueBillingStore;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoOverrideStore;
import io.github.ratecard.store.AoPendingChangeStore;
import io.github.ratecard.store.AoPeriodCloseStore;
import io.github.ratecard.store.AoTimesheetSettings;
import io.github.ratecard.store.AoTimesheetStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.StoredBillingFacts;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Test;

/**
 * The Cost & billing panel, approval badges included, reads the same number of SQL statements for an issue with 10 worklogs as
 * for one with 10,000, and for an issue in an epic of 3 issues with a budget as for one in an epic of 300.
 */
public class CostPanelQueryCountTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final IssueRef SMALL = new IssueRef(501, "ACME-501", ACME);
    private static final IssueRef LARGE = new IssueRef(502, "ACME-502", ACME);

    private final RateCardKit kit = new RateCardKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void panel_shouldCostAConstantNumberOfStatementsWhateverTheIssuesHistory() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
        AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
        AoIssueBillingStore fields = new AoIssueBillingStore(kit.database.activeObjects());
        AoOverrideStore overrides = new AoOverrideStore(kit.database.activeObjects());
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                new StoredBillingFacts(fields, overrides), () -> ZoneId.of("UTC"));
        LedgerKeeper keeper = new LedgerKeeper(ledger, rollups, pricer, kit.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
        keeper.apply(worklogs(SMALL, 1, 10));
        keeper.apply(worklogs(LARGE, 1_000, 10_000));
        ApprovalMarks marks = new ApprovalMarks(new AoTimesheetStore(kit.database.activeObjects(), Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC)),
                new AoTimesheetSettings(kit.database.activeObjects()), new AoPeriodCloseStore(kit.database.activeObjects()),
                new AoPendingChangeStore(kit.database.activeObjects()));
        CostPanel panel = new CostPanel(new AoLedgerQueries(kit.database.activeObjects()), new IssueBillingService(fields, kit.accounts, keeper, kit.audit, kit.transactions),
                overrides, RateCardKit.financeUser(), kit.users, () -> Locale.ENGLISH, null, null, null, marks);

        int small = statementsFor(() -> panel.viewOf(SMALL, "/all"));
        int large = statementsFor(() -> {
            CostPanelView view = panel.viewOf(LARGE, "/all");
            assertEquals(10_000, view.getEntries());
            assertEquals(CostPanel.RECENT, view.getRecent().size());
        });

        assertEquals(small, large);
        assertTrue("a handful of statements, was " + small, small > 0 && small <= 14);
    }

    @Test
    public void panel_shouldCostAConstantNumberOfStatementsWhateverTheSizeOfTheEpicsBudget() {
        try (BudgetKit budgets = new BudgetKit()) {
            budgets.rateCard.accountService.create(account("ACME", "EUR"));
            budgets.rateCard.accountService.link("ACME", "ACME", true);
            budgets.rateCard.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
            CostPanel panel = panelWithBudgets(budgets);
            IssueRef small = epicWithStories(budgets, 1_000, 3);
            IssueRef large = epicWithStories(budgets, 2_000, 300);

            budgets.issues.remaining = estimated(1_000, 3);
            int smallCount = statementsFor(budgets.rateCard.database, () -> panel.viewOf(small, "/all"));
            budgets.issues.remaining = estimated(2_000, 300);
            int largeCount = statementsFor(budgets.rateCard.database, () -> {
                CostPanelView view = panel.viewOf(large, "/all");
                assertEquals(2, view.getBudgets().size());
                assertTrue(view.getBudgets().get(0).getForecast(), view.getBudgets().get(0).getForecast().contains("run-rate forecast €"));
            });

            assertEquals(smallCount, largeCount);
            assertEquals("the panel never reads the remaining work of a budget's issues", 0, budgets.issues.remainingReads);
        }
    }

    /** An epic {@code ACME-first} with a budget, its stories with a day of work each; returns the first story, which has a budget too. */
    private static IssueRef epicWithStories(BudgetKit budgets, long first, int stories) {
        String epic = "ACME-" + first;
        budgets.issues.add(first, epic, null);
        List<WorklogChange> work = new ArrayList<>();
        for (long id = first + 1; id <= first + stories; id++) {
            budgets.issues.add(id, "ACME-" + id, epic);
            Instant started = Instant.parse("2026-11-02T08:00:00Z");
            work.add(WorklogChange.saved(new WorklogRecord(id, id, "ACME-" + id, ACME, "ACME", "ana", started, 3600, started.plusSeconds(3600))));
        }
        new LedgerKeeper(budgets.ledger, budgets.rollups, budgets.pricer, budgets.rateCard.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC))
                .apply(work);
        DateRange year = new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        budgets.budgets.create(new Budget(0, new BudgetScope(BudgetScope.Kind.ISSUE, epic), Budget.Measure.COST, Money.parse("50000", "EUR"), 2000L,
                PeriodKind.TOTAL, year, null, "lead"));
        budgets.budgets.create(new Budget(0, new BudgetScope(BudgetScope.Kind.ISSUE, "ACME-" + (first + 1)), Budget.Measure.COST,
                Money.parse("500", "EUR"), null, PeriodKind.MONTH, year, null, "lead"));
        return new IssueRef(first + 1, "ACME-" + (first + 1), ACME);
    }

    /** Every story open with two hours left, each with its own assignee. */
    private static RemainingWork estimated(long first, int stories) {
        List<RemainingWork.OpenIssue> open = new ArrayList<>();
        for (long id = first + 1; id <= first + stories; id++) {
            open.add(new RemainingWork.OpenIssue(id, "ACME-" + id, ACME, "ACME", "user" + id, 7200));
        }
        return new RemainingWork(3600L * stories, 7200L * stories, open);
    }

    private static CostPanel panelWithBudgets(BudgetKit budgets) {
        RateCardKit card = budgets.rateCard;
        AoIssueBillingStore fields = new AoIssueBillingStore(card.database.activeObjects());
        AoOverrideStore overrides = new AoOverrideStore(card.database.activeObjects());
        LedgerKeeper keeper = new LedgerKeeper(budgets.ledger, budgets.rollups, budgets.pricer, card.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
        BundleI18n i18n = new BundleI18n(() -> Locale.ENGLISH);
        return new CostPanel(budgets.queries, new IssueBillingService(fields, card.accounts, keeper, card.audit, card.transactions), overrides,
                RateCardKit.financeUser(), card.users, () -> Locale.ENGLISH,
                new PanelBudgets(budgets.budgets, budgets.reporter, budgets.watch, budgets.issues, i18n), null, i18n);
    }

    private int statementsFor(Runnable read) {
        return statementsFor(kit.database, read);
    }

    private static int statementsFor(TestDatabase database, Runnable read) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            read.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }

    private static List<WorklogChange> worklogs(IssueRef issue, long firstId, int count) {
        List<WorklogChange> changes = new ArrayList<>(count);
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant started = start.plusSeconds(600L * i);
            changes.add(WorklogChange.saved(new WorklogRecord(firstId + i, issue.id(), issue.key(), ACME, "ACME", "ana", started, 1800,
                    started.plusSeconds(1800))));
        }
        return changes;
    }
}

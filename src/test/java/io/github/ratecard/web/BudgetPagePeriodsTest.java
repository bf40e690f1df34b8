package io.github.ratecard.web;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

/** The Budget page's spending per period sets each month against what was agreed for it. */
public class BudgetPagePeriodsTest {

    private final BudgetKit kit = new BudgetKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void phasedBudget_shouldShowEachMonthsAmountAndTheShareSpentOfIt() {
        kit.rateCard.accountService.create(account("ACME", "EUR"));
        kit.rateCard.accountService.link("ACME", "ACME", true);
        kit.rateCard.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.issues.add(1, "ACME-1", null);
        kit.budgets.create(new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("500", "EUR"), null, PeriodKind.TOTAL,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-28")), null, "lead",
                Map.of(LocalDate.parse("2026-01-01"), Money.parse("120", "EUR"), LocalDate.parse("2026-02-01"), Money.parse("380", "EUR"))));
        new LedgerKeeper(kit.ledger, kit.rollups, kit.pricer, kit.rateCard.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC))
                .apply(List.of(hourOn(1, "2026-01-05"), hourOn(2, "2026-02-03")));
        BudgetPage page = new BudgetPage(kit.budgets, kit.reporter, new BreakdownReader(kit.queries, kit.issues, kit.rateCard.projects,
                kit.rateCard.users, kit.rateCard.levels, kit.rateCard.accounts), kit.watch, kit.expenses, RateCardKit.financeUser(), key -> key,
                () -> Locale.ENGLISH);

        PageTable periods = page.viewOf(BudgetKit.ACME, "Acme", true, 0, LocalDate.parse("2026-02-10")).getSelected().getTables().stream()
                .filter(table -> table.getId().equals("ratecard-budget-periods")).findFirst().orElseThrow();

        List<PageRow> months = periods.getRows();
        assertEquals(List.of("2026-01-01", "2026-02-01"), months.stream().map(PageRow::getId).toList());
        assertEquals(List.of("€120.00", "€30.00", "1h", "25.0 %"), months.get(0).getCells());
        assertEquals("€380.00", months.get(1).getCells().get(0));
    }

    private static WorklogChange hourOn(long id, String day) {
        Instant started = Instant.parse(day + "T09:00:00Z");
        return WorklogChange.saved(new WorklogRecord(id, 1, "ACME-1", RateCardKit.ACME_PROJECT.id(), "ACME", "ana", started, 3600,
                started.plusSeconds(3600)));
    }
}

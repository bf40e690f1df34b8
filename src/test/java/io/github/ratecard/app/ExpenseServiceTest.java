package io.github.ratecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoExpenseStore;
import io.github.ratecard.testing.kits.RateCardKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/** Expenses kept on a real database: read back exactly, found by scope and dates, audited. */
public class ExpenseServiceTest {

    private static final BudgetScope ACME = new BudgetScope(BudgetScope.Kind.PROJECT, "ACME");
    private static final DateRange ALL = new DateRange(LocalDate.parse("2000-01-01"), LocalDate.parse("2099-12-31"));

    private final RateCardKit kit = new RateCardKit();
    private final ExpenseService target = new ExpenseService(new AoExpenseStore(kit.database.activeObjects()), kit.audit, kit.transactions);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void recordedExpense_shouldReadBackWithItsMarkupAndBilledAmount() {
        Expense recorded = target.record(expense("2026-03-02", "199.99", "12.5"));

        Expense read = target.expense(recorded.id());
        assertEquals(recorded, read);
        assertEquals(Money.parse("224.99", "EUR"), read.billed()); // 199.99 × 1.125 = 224.98875
    }

    @Test
    public void expensesOfAScope_shouldBeThoseDatedInTheRangeInDateOrder() {
        target.record(expense("2026-03-31", "10.00", null));
        target.record(expense("2026-03-01", "20.00", null));
        target.record(expense("2026-04-01", "30.00", null));
        target.record(new Expense(0, LocalDate.parse("2026-03-15"), new BudgetScope(BudgetScope.Kind.PROJECT, "GLX"),
                ExpenseCategory.TRAVEL, Money.parse("40.00", "EUR"), false, null, "Train"));

        List<Expense> march = target.expenses(ACME, new DateRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")));

        assertEquals(List.of(Money.parse("20.00", "EUR"), Money.parse("10.00", "EUR")), march.stream().map(Expense::amount).toList());
    }

    @Test
    public void deletedExpense_shouldBeGoneAndEveryChangeAudited() {
        int audited = kit.auditRows();
        Expense recorded = target.record(expense("2026-03-02", "10.00", null));

        target.delete(recorded.id());

        assertThrows(NotFoundException.class, () -> target.expense(recorded.id()));
        assertEquals(audited + 2, kit.auditRows());
    }

    @Test
    public void projectAtTheExpenseLimit_shouldRefuseOneMoreCountingItsIssuesExpenses() {
        AoExpenseStore store = new AoExpenseStore(kit.database.activeObjects());
        Expense onAnIssue = new Expense(0, LocalDate.parse("2026-03-02"), new BudgetScope(BudgetScope.Kind.ISSUE, "ACME-7"),
                ExpenseCategory.TRAVEL, Money.parse("1.00", "EUR"), false, null, "");
        kit.transactions.inTransaction(() -> {
            for (int i = 1; i < InputLimits.EXPENSES_PER_PROJECT; i++) {
                store.insert(i % 2 == 0 ? onAnIssue : expense("2026-03-02", "1.00", null));
            }
            return null;
        });
        target.record(onAnIssue);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> target.record(expense("2026-03-03", "1.00", null)));

        assertEquals("scopeKey", refused.field());
        assertEquals(InputLimits.EXPENSES_PER_PROJECT, target.expenses(ACME, ALL).size());
        target.record(new Expense(0, LocalDate.parse("2026-03-03"), new BudgetScope(BudgetScope.Kind.PROJECT, "GLX"), ExpenseCategory.TRAVEL,
                Money.parse("1.00", "EUR"), false, null, ""));
    }

    @Test
    public void expenseBeyondTheAmountLimit_shouldBeRefusedAndNotStored() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> target.record(expense("2026-03-02", "50000000000000000", null)));

        assertEquals("amount", refused.field());
        assertEquals(List.of(), target.expenses(ACME, ALL));
    }

    private static Expense expense(String day, String amount, String markup) {
        return new Expense(0, LocalDate.parse(day), ACME, ExpenseCategory.SOFTWARE, Money.parse(amount, "EUR"), markup != null,
                markup == null ? null : new BigDecimal(markup), "Licences <b>for</b> the desk");
    }
}

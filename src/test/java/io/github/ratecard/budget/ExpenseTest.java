package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.Test;

/** What an expense accepts and what it bills. */
public class ExpenseTest {

    private static final BudgetScope ACME = new BudgetScope(BudgetScope.Kind.PROJECT, "ACME");

    @Test
    public void billableExpense_shouldBillItsAmountWithTheMarkupRoundedOnce() {
        assertEquals(Money.parse("115.01", "EUR"), expense("100.01", true, "15").billed()); // 115.0115 → 115.01
        assertEquals(Money.parse("0.00", "EUR"), expense("100.00", false, null).billed());
    }

    @Test
    public void expense_shouldRefuseMarkupOnNonBillableAndNonPositiveAmounts() {
        assertEquals("markupPercent", refused(() -> expense("10.00", false, "5")));
        assertEquals("amount", refused(() -> expense("0.00", true, null)));
        assertEquals("markupPercent", refused(() -> expense("10.00", true, "-1")));
    }

    @Test
    public void expense_shouldNotBelongToAnAccount() {
        assertEquals("scope", refused(() -> new Expense(1, LocalDate.parse("2026-03-02"), new BudgetScope(BudgetScope.Kind.ACCOUNT, "ACME"),
                ExpenseCategory.TRAVEL, Money.parse("10.00", "EUR"), false, null, "Taxi")));
    }

    private static Expense expense(String amount, boolean billable, String markup) {
        return new Expense(1, LocalDate.parse("2026-03-02"), ACME, ExpenseCategory.SOFTWARE, Money.parse(amount, "EUR"), billable,
                markup == null ? null : new BigDecimal(markup), "Licences");
    }

    private static String refused(org.junit.function.ThrowingRunnable call) {
        return assertThrows(InvalidInputException.class, call).field();
    }
}

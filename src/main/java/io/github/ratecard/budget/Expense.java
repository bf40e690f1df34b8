package io.github.ratecard.budget;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A non-labour cost of a project or issue: materials, a vendor's bill, travel, software. It
 * counts against cost budgets; when billable it also bills, with an optional mark-up in percent.
 */
public record Expense(long id, LocalDate date, BudgetScope scope, ExpenseCategory category, Money amount, boolean billable,
                      BigDecimal markupPercent, String description) {

    public Expense {
        Objects.requireNonNull(scope, "scope");
        InvalidInputException.require(date != null, "date", "An expense needs a date");
        InvalidInputException.require(category != null, "category", "An expense needs a category");
        InvalidInputException.require(amount != null && amount.minorUnits() > 0, "amount", "An expense's amount must be above zero");
        InvalidInputException.require(scope.kind() != BudgetScope.Kind.ACCOUNT, "scope", "An expense belongs to a project or an issue");
        markupPercent = markupPercent == null ? BigDecimal.ZERO : markupPercent;
        InvalidInputException.require(markupPercent.signum() >= 0 && markupPercent.compareTo(BigDecimal.valueOf(InputLimits.MARKUP_PERCENT)) <= 0
                && markupPercent.scale() <= 2, "markupPercent",
                "The mark-up is a percentage from 0 to " + InputLimits.MARKUP_PERCENT + " with at most two decimals");
        InvalidInputException.require(billable || markupPercent.signum() == 0, "markupPercent", "Only a billable expense has a mark-up");
        markupPercent = markupPercent.setScale(2);
        description = description == null ? "" : description.strip();
        InvalidInputException.require(description.length() <= InputLimits.EXPENSE_DESCRIPTION, "description",
                "The description may have at most " + InputLimits.EXPENSE_DESCRIPTION + " characters");
    }

    /** What the expense bills: its amount plus the mark-up, rounded once; zero when not billable. */
    public Money billed() {
        if (!billable) {
            return Money.zero(amount.currency());
        }
        return amount.times(BigDecimal.ONE.add(markupPercent.movePointLeft(2)));
    }
}

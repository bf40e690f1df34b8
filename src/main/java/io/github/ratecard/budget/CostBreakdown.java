package io.github.ratecard.budget;

import io.github.ratecard.money.Money;
import java.util.Map;

/**
 * What makes up the money spent in a budget's period: labour (cost or bill, as the budget is
 * measured), overhead on labour cost, and expenses per category. {@code otherCurrencyItems}
 * counts labour days and expenses in another currency than the budget's, which are not counted.
 */
public record CostBreakdown(Money labour, Money overhead, Map<ExpenseCategory, Money> expenses, long otherCurrencyItems,
                            long unpricedEntries) {

    public CostBreakdown {
        expenses = Map.copyOf(expenses);
    }

    public Money expensesTotal() {
        return Money.sum(labour.currency(), expenses.values());
    }

    public Money total() {
        return labour.plus(overhead).plus(expensesTotal());
    }
}

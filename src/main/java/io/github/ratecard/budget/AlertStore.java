package io.github.ratecard.budget;

import java.util.Collection;
import java.util.List;

/** Where budget alerts are kept; the store refuses a second alert with the same {@link BudgetAlert#dedupKey()}. */
public interface AlertStore {

    /** Whether an alert with this key was raised. */
    boolean exists(String dedupKey);

    /** Stores a new alert (its id is ignored) and returns the id it was given. */
    long insert(BudgetAlert alert);

    /** The alerts of these budgets, newest first. */
    List<BudgetAlert> ofBudgets(Collection<Long> budgetIds);
}

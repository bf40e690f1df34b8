package io.github.ratecard.budget;

import java.util.List;
import java.util.Optional;

/** Where budgets are kept. */
public interface BudgetStore {

    /** Stores a new budget (its id is ignored) and returns the id it was given. */
    long insert(Budget budget);

    void update(Budget budget);

    void delete(long id);

    Optional<Budget> budget(long id);

    /** The scope's budgets, by id. */
    List<Budget> ofScope(BudgetScope scope);

    /** The budgets whose range holds the day, by id. */
    List<Budget> activeOn(java.time.LocalDate day);

    /** Every budget of a kind of scope, by scope key and id. */
    List<Budget> ofKind(BudgetScope.Kind kind);
}

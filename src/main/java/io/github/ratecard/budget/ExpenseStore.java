package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import java.util.List;
import java.util.Optional;

/** Where expenses are kept. */
public interface ExpenseStore {

    /** Stores a new expense (its id is ignored) and returns the id it was given. */
    long insert(Expense expense);

    void update(Expense expense);

    void delete(long id);

    Optional<Expense> expense(long id);

    /** A project's expenses and its issues' expenses dated within the range, by date. */
    List<Expense> ofProject(String projectKey, DateRange range);

    /** The expenses of these issues dated within the range, by date. */
    List<Expense> ofIssues(java.util.Collection<String> issueKeys, DateRange range);

    /** The scope's expenses dated within the range, by date. */
    List<Expense> ofScope(BudgetScope scope, DateRange range);
}

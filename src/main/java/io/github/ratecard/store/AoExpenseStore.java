package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.budget.ExpenseStore;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Expenses in RC_EXPENSE. */
public class AoExpenseStore implements ExpenseStore {

    private static final int IN_LIST = 500;

    private final ActiveObjects ao;

    public AoExpenseStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long insert(Expense expense) {
        Map<String, Object> row = new HashMap<>();
        row.put(ExpenseEntity.EXPENSE_DAY, expense.date().toEpochDay());
        row.put(ExpenseEntity.SCOPE_KIND, expense.scope().kind().name());
        row.put(ExpenseEntity.SCOPE_KEY, expense.scope().key());
        row.put(ExpenseEntity.CATEGORY, expense.category().name());
        row.put(ExpenseEntity.AMOUNT_MINOR, expense.amount().minorUnits());
        row.put(ExpenseEntity.CURRENCY, expense.amount().currency().getCurrencyCode());
        row.put(ExpenseEntity.BILLABLE, expense.billable());
        row.put(ExpenseEntity.MARKUP_BP, markupBp(expense));
        ExpenseEntity entity = ao.create(ExpenseEntity.class, row);
        entity.setDescription(expense.description());
        entity.save();
        return entity.getID();
    }

    @Override
    public void update(Expense expense) {
        ExpenseEntity entity = ao.get(ExpenseEntity.class, (int) expense.id());
        entity.setExpenseDay(expense.date().toEpochDay());
        entity.setScopeKind(expense.scope().kind().name());
        entity.setScopeKey(expense.scope().key());
        entity.setCategory(expense.category().name());
        entity.setAmountMinor(expense.amount().minorUnits());
        entity.setCurrency(expense.amount().currency().getCurrencyCode());
        entity.setBillable(expense.billable());
        entity.setMarkupBp(markupBp(expense));
        entity.setDescription(expense.description());
        entity.save();
    }

    @Override
    public void delete(long id) {
        ao.deleteWithSQL(ExpenseEntity.class, "ID = ?", (int) id);
    }

    @Override
    public Optional<Expense> expense(long id) {
        return Optional.ofNullable(ao.get(ExpenseEntity.class, (int) id)).map(AoExpenseStore::expense);
    }

    @Override
    public List<Expense> ofIssues(java.util.Collection<String> issueKeys, DateRange range) {
        List<String> keys = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(issueKeys));
        List<Expense> found = new java.util.ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
            List<Object> parameters = new java.util.ArrayList<>(chunk);
            parameters.add(BudgetScope.Kind.ISSUE.name());
            parameters.add(range.first().toEpochDay());
            parameters.add(range.last().toEpochDay());
            Arrays.stream(ao.find(ExpenseEntity.class, Query.select()
                            .where(ExpenseEntity.SCOPE_KEY + " IN (" + Sql.placeholders(chunk.size()) + ") AND " + ExpenseEntity.SCOPE_KIND
                                    + " = ? AND " + ExpenseEntity.EXPENSE_DAY + " >= ? AND " + ExpenseEntity.EXPENSE_DAY + " <= ?",
                                    parameters.toArray())))
                    .map(AoExpenseStore::expense).forEach(found::add);
        }
        found.sort(java.util.Comparator.comparing(Expense::date).thenComparing(Expense::id));
        return found;
    }

    @Override
    public List<Expense> ofScope(BudgetScope scope, DateRange range) {
        return Arrays.stream(ao.find(ExpenseEntity.class, Query.select()
                        .where(ExpenseEntity.SCOPE_KEY + " = ? AND " + ExpenseEntity.SCOPE_KIND + " = ? AND " + ExpenseEntity.EXPENSE_DAY
                                + " >= ? AND " + ExpenseEntity.EXPENSE_DAY + " <= ?", scope.key(), scope.kind().name(),
                                range.first().toEpochDay(), range.last().toEpochDay())
                        .order(ExpenseEntity.EXPENSE_DAY + ", ID")))
                .map(AoExpenseStore::expense).collect(Collectors.toList());
    }

    @Override
    public List<Expense> ofProject(String projectKey, DateRange range) {
        return Arrays.stream(ao.find(ExpenseEntity.class, Query.select()
                        .where("((" + ExpenseEntity.SCOPE_KIND + " = ? AND " + ExpenseEntity.SCOPE_KEY + " = ?) OR ("
                                        + ExpenseEntity.SCOPE_KIND + " = ? AND " + ExpenseEntity.SCOPE_KEY + " LIKE ?)) AND "
                                        + ExpenseEntity.EXPENSE_DAY + " >= ? AND " + ExpenseEntity.EXPENSE_DAY + " <= ?",
                                BudgetScope.Kind.PROJECT.name(), projectKey, BudgetScope.Kind.ISSUE.name(), projectKey + "-%",
                                range.first().toEpochDay(), range.last().toEpochDay())
                        .order(ExpenseEntity.EXPENSE_DAY + ", ID")))
                .map(AoExpenseStore::expense)
                // an underscore in a key is a LIKE wildcard: keep only the project's own issues
                .filter(e -> e.scope().kind() == BudgetScope.Kind.PROJECT || e.scope().key().startsWith(projectKey + "-")
                        && e.scope().key().lastIndexOf('-') == projectKey.length())
                .collect(Collectors.toList());
    }

    private static int markupBp(Expense expense) {
        return expense.markupPercent().movePointRight(2).intValueExact();
    }

    private static Expense expense(ExpenseEntity row) {
        return new Expense(row.getID(), LocalDate.ofEpochDay(row.getExpenseDay()),
                new BudgetScope(BudgetScope.Kind.valueOf(row.getScopeKind()), row.getScopeKey()), ExpenseCategory.valueOf(row.getCategory()),
                Money.ofMinor(row.getAmountMinor(), Currency.getInstance(row.getCurrency())), row.isBillable(),
                BigDecimal.valueOf(row.getMarkupBp(), 2), row.getDescription());
    }
}

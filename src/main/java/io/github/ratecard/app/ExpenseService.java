package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseStore;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.money.AmountLimits;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Expenses of projects and issues: recorded, changed and deleted with an audit entry each. */
public final class ExpenseService {

    static final String AUDIT_TYPE = "expense";
    private static final DateRange ALL_TIME = new DateRange(LocalDate.MIN, LocalDate.MAX);

    private final ExpenseStore store;
    private final AuditLog audit;
    private final Transactions transactions;

    public ExpenseService(ExpenseStore store, AuditLog audit, Transactions transactions) {
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Expense expense(long id) {
        return store.expense(id).orElseThrow(() -> new NotFoundException("No expense " + id));
    }

    /** The scope's expenses dated within the range; a project's include its issues'. */
    public List<Expense> expenses(BudgetScope scope, DateRange range) {
        return scope.kind() == BudgetScope.Kind.PROJECT ? store.ofProject(scope.key(), range) : store.ofScope(scope, range);
    }

    /** Records a new expense within {@link AmountLimits}; a project holds at most {@link InputLimits#EXPENSES_PER_PROJECT}, its issues' included. */
    public Expense record(Expense expense) {
        AmountLimits.require(expense.amount(), "amount");
        return transactions.inTransaction(() -> {
            requireRoomIn(projectKeyOf(expense.scope()));
            long id = store.insert(expense);
            Expense recorded = new Expense(id, expense.date(), expense.scope(), expense.category(), expense.amount(), expense.billable(),
                    expense.markupPercent(), expense.description());
            audit.record(AUDIT_TYPE, String.valueOf(id), "create", null, snapshot(recorded));
            return recorded;
        });
    }

    public Expense update(Expense changed) {
        AmountLimits.require(changed.amount(), "amount");
        return transactions.inTransaction(() -> {
            Expense before = expense(changed.id());
            if (!projectKeyOf(before.scope()).equals(projectKeyOf(changed.scope()))) {
                requireRoomIn(projectKeyOf(changed.scope()));
            }
            store.update(changed);
            audit.record(AUDIT_TYPE, String.valueOf(changed.id()), "update", snapshot(before), snapshot(changed));
            return changed;
        });
    }

    public void delete(long id) {
        transactions.inTransaction(() -> {
            Expense before = expense(id);
            store.delete(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "delete", snapshot(before), null);
            return null;
        });
    }

    private void requireRoomIn(String projectKey) {
        InvalidInputException.require(store.ofProject(projectKey, ALL_TIME).size() < InputLimits.EXPENSES_PER_PROJECT, "scopeKey",
                "A project may hold at most " + InputLimits.EXPENSES_PER_PROJECT + " expenses, its issues' included");
    }

    /** The project of a project's or an issue's scope: an issue key is its project's key, a dash and a number. */
    private static String projectKeyOf(BudgetScope scope) {
        return scope.kind() == BudgetScope.Kind.ISSUE ? scope.key().substring(0, Math.max(0, scope.key().lastIndexOf('-'))) : scope.key();
    }

    private static Map<String, Object> snapshot(Expense expense) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date", expense.date().toString());
        values.put("scope", expense.scope().kind() + " " + expense.scope().key());
        values.put("category", expense.category().name());
        values.put("amount", expense.amount().toDecimal().toPlainString() + " " + expense.amount().currency().getCurrencyCode());
        values.put("billable", expense.billable());
        values.put("markupPercent", expense.markupPercent().toPlainString());
        values.put("description", expense.description());
        return values;
    }
}

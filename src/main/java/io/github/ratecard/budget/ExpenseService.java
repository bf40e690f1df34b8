package io.github.ratecard.budget;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Expenses of projects and issues: recorded, changed and deleted with an audit entry each. */
public final class ExpenseService {

    static final String AUDIT_TYPE = "expense";

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

    public Expense record(Expense expense) {
        return transactions.inTransaction(() -> {
            long id = store.insert(expense);
            Expense recorded = new Expense(id, expense.date(), expense.scope(), expense.category(), expense.amount(), expense.billable(),
                    expense.markupPercent(), expense.description());
            audit.record(AUDIT_TYPE, String.valueOf(id), "create", null, snapshot(recorded));
            return recorded;
        });
    }

    public Expense update(Expense changed) {
        return transactions.inTransaction(() -> {
            Expense before = expense(changed.id());
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

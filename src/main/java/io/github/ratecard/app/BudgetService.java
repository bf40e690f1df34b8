package io.github.ratecard.app;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.BudgetStore;
import io.github.ratecard.budget.FiscalYear;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.money.AmountLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Budgets as agreed: created, changed and deleted with an audit entry each; a budget that would
 * count the same spending as another (same scope, measure and period kind, overlapping range) is
 * refused and changes nothing.
 */
public final class BudgetService {

    static final String AUDIT_TYPE = "budget";

    private final BudgetStore store;
    private final AuditLog audit;
    private final Transactions transactions;
    private final java.util.function.Supplier<FiscalYear> fiscalYear;
    private final UserDirectory users;

    public BudgetService(BudgetStore store, AuditLog audit, Transactions transactions, UserDirectory users) {
        this(store, audit, transactions, () -> FiscalYear.CALENDAR, users);
    }

    /** {@code fiscalYear} tells which days a quarterly or yearly budget's periods start on; {@code users}, who may own a budget. */
    public BudgetService(BudgetStore store, AuditLog audit, Transactions transactions, java.util.function.Supplier<FiscalYear> fiscalYear,
                         UserDirectory users) {
        this.users = users;
        this.fiscalYear = fiscalYear;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Budget budget(long id) {
        return store.budget(id).orElseThrow(() -> new NotFoundException("No budget " + id));
    }

    /** The scope's budgets, by id. */
    public List<Budget> ofScope(BudgetScope scope) {
        return store.ofScope(scope);
    }

    /** Every budget of a kind of scope (all accounts' budgets, say), by scope key and id. */
    public List<Budget> ofKind(BudgetScope.Kind kind) {
        return store.ofKind(kind);
    }

    public Budget create(Budget budget) {
        checkPeriodStarts(budget);
        checkAmounts(budget);
        checkOwner(budget.owner());
        return transactions.inTransaction(() -> {
            refuseClashes(budget);
            long id = store.insert(budget);
            Budget created = withId(budget, id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "create", null, snapshot(created));
            return created;
        });
    }

    public Budget update(Budget changed) {
        checkPeriodStarts(changed);
        checkAmounts(changed);
        return transactions.inTransaction(() -> {
            Budget before = budget(changed.id());
            if (!changed.owner().equals(before.owner())) {
                checkOwner(changed.owner());
            }
            refuseClashes(changed);
            store.update(changed);
            audit.record(AUDIT_TYPE, String.valueOf(changed.id()), "update", snapshot(before), snapshot(changed));
            return changed;
        });
    }

    public void delete(long id) {
        transactions.inTransaction(() -> {
            Budget before = budget(id);
            store.delete(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "delete", snapshot(before), null);
            return null;
        });
    }

    /** A month's, quarter's or year's own amount is given for one of the budget's periods, named by its first day. */
    /** Amounts beyond {@link AmountLimits} are refused when a budget is saved (one stored before the limits still reads). */
    private static void checkAmounts(Budget budget) {
        if (budget.amount() != null) {
            AmountLimits.require(budget.amount(), "amount");
        }
        budget.periodAmounts().values().forEach(amount -> AmountLimits.require(amount, "periodAmounts"));
        InvalidInputException.require(budget.hours() == null || budget.hours() <= InputLimits.BUDGET_HOURS, "hours",
                "hours may be at most " + InputLimits.BUDGET_HOURS + ", was: " + budget.hours(), Refusal.of(Refusal.Reason.AT_MOST, InputLimits.BUDGET_HOURS));
    }

    private void checkPeriodStarts(Budget budget) {
        if (budget.period() == PeriodKind.TOTAL || budget.periodAmounts().isEmpty()) {
            return;
        }
        java.util.Set<java.time.LocalDate> starts = new java.util.HashSet<>();
        fiscalYear.get().periodsIn(budget.period(), budget.range()).forEach(period -> starts.add(period.first()));
        for (java.time.LocalDate day : budget.periodAmounts().keySet()) {
            io.github.ratecard.domain.InvalidInputException.require(starts.contains(day), "periodAmounts",
                    "An amount per period starts on the first day of one of the budget's periods, was: " + day);
        }
    }

    private void refuseClashes(Budget budget) {
        for (Budget other : store.ofScope(budget.scope())) {
            if (budget.clashesWith(other)) {
                throw new ConflictException("range", "The budget overlaps budget " + other.id() + " (" + other.range().first() + " – "
                        + other.range().last() + ") of the same kind and period");
            }
        }
    }

    private static Budget withId(Budget budget, long id) {
        return new Budget(id, budget.scope(), budget.measure(), budget.amount(), budget.hours(), budget.period(), budget.range(),
                budget.thresholds(), budget.owner(), budget.periodAmounts());
    }

    private static Map<String, Object> snapshot(Budget budget) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("scope", budget.scope().kind() + " " + budget.scope().key());
        values.put("measure", budget.measure().name());
        values.put("amount", budget.amount() == null ? null : budget.amount().toDecimal().toPlainString() + " "
                + budget.amount().currency().getCurrencyCode());
        values.put("hours", budget.hours());
        values.put("period", budget.period().name());
        values.put("from", budget.range().first().toString());
        values.put("to", budget.range().last().toString());
        values.put("thresholds", budget.thresholds());
        values.put("owner", budget.owner());
        if (!budget.periodAmounts().isEmpty()) {
            Map<String, Object> amounts = new LinkedHashMap<>();
            budget.periodAmounts().forEach((day, amount) -> amounts.put(day.toString(), amount.toDecimal().toPlainString()));
            values.put("periodAmounts", amounts);
        }
        return values;
    }

    /** A budget's owner is a user Jira knows (alerts go to them). */
    private void checkOwner(String owner) {
        InvalidInputException.require(owner != null && users.byKey(owner).isPresent(), "owner", "Unknown user: " + owner);
    }
}

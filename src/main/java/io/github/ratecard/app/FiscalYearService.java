package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.BudgetStore;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes the month the fiscal year starts in. Budgets per quarter or year then follow the new
 * year at once (their figures are computed, never stored); a change is refused while such a budget
 * gives its periods their own amounts, as those name the old periods' first days.
 */
public final class FiscalYearService {

    static final String AUDIT_TYPE = "settings";

    private final ReportingSettings settings;
    private final BudgetStore budgets;
    private final AuditLog audit;
    private final Transactions transactions;

    public FiscalYearService(ReportingSettings settings, BudgetStore budgets, AuditLog audit, Transactions transactions) {
        this.settings = settings;
        this.budgets = budgets;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Month current() {
        return settings.fiscalYearStart();
    }

    /** Refuses a change {@link #change} would refuse, before anything changes. */
    public void check(Month firstMonth) {
        if (firstMonth == settings.fiscalYearStart()) {
            return;
        }
        List<Long> tied = budgetsWithAmountsPerFiscalPeriod();
        if (!tied.isEmpty()) {
            throw new ConflictException("fiscalYearStart", "Budgets " + tied + " give quarters or years their own amounts; "
                    + "remove those amounts (or the budgets) before the fiscal year changes");
        }
    }

    public void change(Month firstMonth) {
        transactions.inTransaction(() -> {
            Month before = settings.fiscalYearStart();
            if (firstMonth == before) {
                return null;
            }
            check(firstMonth);
            settings.setFiscalYearStart(firstMonth);
            audit.record(AUDIT_TYPE, "app", "update", Map.of("fiscalYearStart", before.name()), Map.of("fiscalYearStart", firstMonth.name()));
            return null;
        });
    }

    private List<Long> budgetsWithAmountsPerFiscalPeriod() {
        List<Long> ids = new ArrayList<>();
        for (BudgetScope.Kind kind : BudgetScope.Kind.values()) {
            for (Budget budget : budgets.ofKind(kind)) {
                if ((budget.period() == PeriodKind.QUARTER || budget.period() == PeriodKind.YEAR) && !budget.periodAmounts().isEmpty()) {
                    ids.add(budget.id());
                }
            }
        }
        return ids;
    }
}

package io.github.ratecard.web;

import java.util.List;

/**
 * What the Budget page shows for one scope (a project or an account), formatted for the viewer:
 * the scope's budgets as tabs, and for the selected one its tiles, alert, burn chart with its
 * table, period table, breakdowns, earned value and forecast, the scope's expenses, and the contract panels of its accounts.
 * {@code canManage} shows the editors.
 */
public final class BudgetPageView {

    private final String scopeKind;
    private final String scopeKey;
    private final String title;
    private final boolean canManage;
    private final List<PageRow> tabs;
    private final BudgetFiguresView selected;
    private final PageTable expenses;
    private final List<ContractPanelView> contracts;

    public BudgetPageView(String scopeKind, String scopeKey, String title, boolean canManage, List<PageRow> tabs, BudgetFiguresView selected,
                          PageTable expenses) {
        this(scopeKind, scopeKey, title, canManage, tabs, selected, expenses, List.of());
    }

    /** {@code contracts}: the contract panels of the scope's accounts (none for an account without a contract). */
    public BudgetPageView(String scopeKind, String scopeKey, String title, boolean canManage, List<PageRow> tabs, BudgetFiguresView selected,
                          PageTable expenses, List<ContractPanelView> contracts) {
        this.contracts = List.copyOf(contracts);
        this.scopeKind = scopeKind;
        this.scopeKey = scopeKey;
        this.title = title;
        this.canManage = canManage;
        this.tabs = List.copyOf(tabs);
        this.selected = selected;
        this.expenses = expenses;
    }

    public String getScopeKind() {
        return scopeKind;
    }

    public String getScopeKey() {
        return scopeKey;
    }

    public String getTitle() {
        return title;
    }

    public boolean isCanManage() {
        return canManage;
    }

    public List<PageRow> getTabs() {
        return tabs;
    }

    public boolean isHasTabs() {
        return !tabs.isEmpty();
    }

    public boolean isHasBudget() {
        return selected != null;
    }

    public BudgetFiguresView getSelected() {
        return selected;
    }

    public PageTable getExpenses() {
        return expenses;
    }

    public List<ContractPanelView> getContracts() {
        return contracts;
    }

    /** This view with the contract panels of the scope's accounts. */
    public BudgetPageView withContracts(List<ContractPanelView> panels) {
        return new BudgetPageView(scopeKind, scopeKey, title, canManage, tabs, selected, expenses, panels);
    }
}

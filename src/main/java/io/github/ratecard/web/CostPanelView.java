package io.github.ratecard.web;

import java.util.List;

/**
 * What the issue's Cost & billing panel shows, formatted for the viewer. {@code cost} is null
 * unless the viewer may see costs; the template shows nothing of it then.
 */
public final class CostPanelView {

    private final String issueKey;
    private final String accountName;
    private final boolean fieldAccountIgnored;
    private final String accountSourceKey;
    private final boolean billable;
    private final String billableSourceKey;
    private final String worked;
    private final String billed;
    private final String billAmount;
    private final String cost;
    private final long entries;
    private final long unpriced;
    private final List<CostPanelRow> recent;
    private final String allWorklogsUrl;
    private final String allWorklogsText;
    private final List<PanelBudgetView> budgets;

    public CostPanelView(String issueKey, String accountName, boolean fieldAccountIgnored, String accountSourceKey, boolean billable, String billableSourceKey,
                         String worked, String billed, String billAmount, String cost, long entries, long unpriced,
                         List<CostPanelRow> recent, String allWorklogsUrl) {
        this(issueKey, accountName, fieldAccountIgnored, accountSourceKey, billable, billableSourceKey, worked, billed, billAmount, cost, entries,
                unpriced, recent, allWorklogsUrl, "", List.of());
    }

    /**
     * {@code allWorklogsText}: the link's words ("All 52 worklogs"); {@code budgets}: the running budgets of the issue and its
     * parent and epic, as {@link PanelBudgets} shows them.
     */
    public CostPanelView(String issueKey, String accountName, boolean fieldAccountIgnored, String accountSourceKey, boolean billable,
                         String billableSourceKey, String worked, String billed, String billAmount, String cost, long entries, long unpriced,
                         List<CostPanelRow> recent, String allWorklogsUrl, String allWorklogsText, List<PanelBudgetView> budgets) {
        this.allWorklogsText = allWorklogsText;
        this.issueKey = issueKey;
        this.accountName = accountName;
        this.fieldAccountIgnored = fieldAccountIgnored;
        this.accountSourceKey = accountSourceKey;
        this.billable = billable;
        this.billableSourceKey = billableSourceKey;
        this.worked = worked;
        this.billed = billed;
        this.billAmount = billAmount;
        this.cost = cost;
        this.entries = entries;
        this.unpriced = unpriced;
        this.recent = List.copyOf(recent);
        this.allWorklogsUrl = allWorklogsUrl;
        this.budgets = List.copyOf(budgets);
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** Whether the work bills to an account at all. */
    public boolean isHasAccount() {
        return accountName != null;
    }

    public String getAccountName() {
        return accountName;
    }

    /** Whether the issue's Account names an account not linked to its project (so the project's default applies). */
    public boolean isFieldAccountIgnored() {
        return fieldAccountIgnored;
    }

    /** The i18n key saying where the account came from: the issue's field or the project's default. */
    public String getAccountSourceKey() {
        return accountSourceKey;
    }

    public boolean isBillable() {
        return billable;
    }

    /** The i18n key saying why the work is (not) billable: the issue's field or the account's category. */
    public String getBillableSourceKey() {
        return billableSourceKey;
    }

    public boolean isHasWork() {
        return entries > 0;
    }

    public String getWorked() {
        return worked;
    }

    public String getBilled() {
        return billed;
    }

    public String getBillAmount() {
        return billAmount;
    }

    public boolean isShowCost() {
        return cost != null;
    }

    public String getCost() {
        return cost;
    }

    public long getEntries() {
        return entries;
    }

    public boolean isHasUnpriced() {
        return unpriced > 0;
    }

    public long getUnpriced() {
        return unpriced;
    }

    public List<CostPanelRow> getRecent() {
        return recent;
    }

    /** Whether the issue has more worklogs than the panel lists. */
    public boolean isHasMore() {
        return entries > recent.size();
    }

    public String getAllWorklogsUrl() {
        return allWorklogsUrl;
    }

    /** "All 52 worklogs". */
    public String getAllWorklogsText() {
        return allWorklogsText;
    }

    public boolean isHasBudgets() {
        return !budgets.isEmpty();
    }

    public List<PanelBudgetView> getBudgets() {
        return budgets;
    }
}

package io.github.ratecard.web;

import java.util.List;

/**
 * The contract panel of the Budget page for one account: a headline of the terms in force, this period's retainer
 * balance, cap consumption and the fixed-fee schedule as tables, the alert thresholds, and the alert the period
 * reached (empty when none). Plain texts; the template escapes them.
 */
public final class ContractPanelView {

    private final String accountKey;
    private final String title;
    private final String summary;
    private final List<PageTable> tables;
    private final String thresholds;
    private final String alert;

    public ContractPanelView(String accountKey, String title, String summary, List<PageTable> tables, String thresholds, String alert) {
        this.accountKey = accountKey;
        this.title = title;
        this.summary = summary;
        this.tables = List.copyOf(tables);
        this.thresholds = thresholds;
        this.alert = alert;
    }

    public String getAccountKey() {
        return accountKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<PageTable> getTables() {
        return tables;
    }

    public String getThresholds() {
        return thresholds;
    }

    public boolean isHasAlert() {
        return !alert.isEmpty();
    }

    public String getAlert() {
        return alert;
    }
}

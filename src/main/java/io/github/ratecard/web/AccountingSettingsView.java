package io.github.ratecard.web;

import java.util.List;

/**
 * The accounting settings page, ready to print (the template escapes every value): the DATEV numbers, the fiscal year's
 * first month, the account length and chart as choices, the revenue and debtor accounts with rows to fill in, and the
 * journal's columns.
 */
public record AccountingSettingsView(String consultantNumber, String clientNumber, List<Choice> months, List<Choice> lengths,
                                     List<Choice> charts, List<RevenueAccountRow> revenueAccounts, String defaultDebtorAccount,
                                     List<DebtorAccountRow> debtorAccounts, List<JournalColumnRow> journalColumns, boolean datevReady,
                                     boolean saved) {

    /** Empty when none is set. */
    public String getConsultantNumber() {
        return consultantNumber;
    }

    /** Empty when none is set. */
    public String getClientNumber() {
        return clientNumber;
    }

    public List<Choice> getMonths() {
        return months;
    }

    public List<Choice> getLengths() {
        return lengths;
    }

    public List<Choice> getCharts() {
        return charts;
    }

    public List<RevenueAccountRow> getRevenueAccounts() {
        return revenueAccounts;
    }

    public String getDefaultDebtorAccount() {
        return defaultDebtorAccount;
    }

    public List<DebtorAccountRow> getDebtorAccounts() {
        return debtorAccounts;
    }

    public List<JournalColumnRow> getJournalColumns() {
        return journalColumns;
    }

    /** Whether both DATEV numbers are set, which a DATEV export needs. */
    public boolean isDatevReady() {
        return datevReady;
    }

    /** Whether the page is drawn right after finance saved. */
    public boolean isSaved() {
        return saved;
    }
}

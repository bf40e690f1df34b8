package io.github.ratecard.web;

/** A client account's own debtor account as the settings form shows it; both empty for a row to fill in. */
public record DebtorAccountRow(String accountKey, String account) {

    static final DebtorAccountRow BLANK = new DebtorAccountRow("", "");

    public String getAccountKey() {
        return accountKey;
    }

    public String getAccount() {
        return account;
    }
}

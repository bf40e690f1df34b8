package io.github.ratecard.web;

/** A tax rate's revenue account as the settings form shows it; all empty for a row to fill in. */
public record RevenueAccountRow(String taxRate, String account, String buKey, String taxAccount) {

    static final RevenueAccountRow BLANK = new RevenueAccountRow("", "", "", "");

    public String getTaxRate() {
        return taxRate;
    }

    public String getAccount() {
        return account;
    }

    public String getBuKey() {
        return buKey;
    }

    public String getTaxAccount() {
        return taxAccount;
    }
}

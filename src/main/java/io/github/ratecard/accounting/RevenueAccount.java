package io.github.ratecard.accounting;

/**
 * Where the revenue of one tax rate is booked: the revenue (G/L) account, the DATEV BU key written with it (empty for an
 * automatic account, which finds the tax itself), and the output-tax account the generic journal credits the tax to.
 */
public record RevenueAccount(String account, String buKey, String taxAccount) {

    public RevenueAccount {
        buKey = buKey == null ? "" : buKey.strip();
        taxAccount = taxAccount == null ? "" : taxAccount.strip();
    }
}

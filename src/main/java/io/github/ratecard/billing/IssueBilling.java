package io.github.ratecard.billing;

/**
 * The billing fields of one issue: the Account field's account key and the Billable field's
 * choice, each null when the field is empty (the project default and the account's category apply).
 */
public record IssueBilling(long issueId, String accountKey, BillableChoice billable) {

    public static IssueBilling empty(long issueId) {
        return new IssueBilling(issueId, null, null);
    }

    public boolean isEmpty() {
        return accountKey == null && billable == null;
    }
}

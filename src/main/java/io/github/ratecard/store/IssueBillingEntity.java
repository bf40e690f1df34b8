package io.github.ratecard.store;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One issue's Account and Billable field values (either may be empty), by Jira's issue id. */
@Table("RC_ISSUE_BILLING")
public interface IssueBillingEntity extends net.java.ao.Entity {

    String ID = "ID";
    String ISSUE_ID = "ISSUE_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String BILLABLE = "BILLABLE";

    @NotNull
    @Indexed
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    String getAccountKey();

    void setAccountKey(String accountKey);

    /** A {@link io.github.ratecard.billing.BillableChoice} name, or null for "from the account". */
    String getBillable();

    void setBillable(String billable);
}

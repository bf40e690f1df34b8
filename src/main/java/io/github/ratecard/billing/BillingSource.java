package io.github.ratecard.billing;

/** Where a worklog's account or billable decision came from, so a panel can say why. */
public enum BillingSource {
    WORKLOG_OVERRIDE,
    ISSUE_FIELD,
    PROJECT_DEFAULT,
    ACCOUNT_CATEGORY,
    NONE
}

package io.github.ratecard.billing;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides how work bills. Account: the worklog's override, else the issue's Account field when
 * that account is linked to the work's project (an issue moved elsewhere, or a value set around
 * the edit screen, is ignored and said so), else the project's default account. Billable: the worklog's override, else the issue's Billable
 * field, else the account's category. Billed time: the override's, else worked time rounded by
 * the account's rule; zero when not billable. Work without an account is never billable.
 */
public final class BillingResolution {

    private BillingResolution() {
    }

    /**
     * @param issue    the issue's fields, or null when both are empty
     * @param override the worklog's override, or null
     * @param accounts finds an account by key
     * @param projectAccounts the keys of the accounts linked to the work's project
     */
    public static WorkBilling resolve(long workedSeconds, Optional<ClientAccount> projectDefault, IssueBilling issue,
                                      WorklogOverride override, Function<String, Optional<ClientAccount>> accounts,
                                      Set<String> projectAccounts) {
        ClientAccount account = null;
        BillingSource accountSource = BillingSource.NONE;
        Optional<ClientAccount> overridden = override == null || override.accountKey() == null ? Optional.empty()
                : accounts.apply(override.accountKey());
        boolean fieldIgnored = issue != null && issue.accountKey() != null && !projectAccounts.contains(issue.accountKey());
        Optional<ClientAccount> fromField = issue == null || issue.accountKey() == null || fieldIgnored ? Optional.empty()
                : accounts.apply(issue.accountKey());
        if (overridden.isPresent()) {
            account = overridden.get();
            accountSource = BillingSource.WORKLOG_OVERRIDE;
        } else if (fromField.isPresent()) {
            account = fromField.get();
            accountSource = BillingSource.ISSUE_FIELD;
        } else if (projectDefault.isPresent()) {
            account = projectDefault.get();
            accountSource = BillingSource.PROJECT_DEFAULT;
        }
        if (account == null) {
            return new WorkBilling(null, BillingSource.NONE, false, BillingSource.NONE, 0, false, fieldIgnored);
        }

        boolean billable;
        BillingSource billableSource;
        if (override != null && override.billable() != null) {
            billable = override.billable();
            billableSource = BillingSource.WORKLOG_OVERRIDE;
        } else if (issue != null && issue.billable() != null) {
            billable = issue.billable() == BillableChoice.BILLABLE;
            billableSource = BillingSource.ISSUE_FIELD;
        } else {
            billable = account.category() == AccountCategory.BILLABLE;
            billableSource = BillingSource.ACCOUNT_CATEGORY;
        }
        boolean billedOverridden = billable && override != null && override.billedSeconds() != null;
        long billed = !billable ? 0 : billedOverridden ? override.billedSeconds() : account.billedTime().billedSeconds(workedSeconds);
        return new WorkBilling(account, accountSource, billable, billableSource, billed, billedOverridden, fieldIgnored);
    }
}

package io.github.ratecard.ledger;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountChoice;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.BillableChoice;
import io.github.ratecard.billing.BillingResolution;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.IssueBillingStore;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.billing.WorkBilling;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Account and Billable fields of issues: which values are allowed, and setting them, which
 * re-prices the issue's ledger entries (invoiced ones keep their price). Every change is audited.
 */
public final class IssueBillingService {

    static final String AUDIT_TYPE = "issue-billing";

    private final IssueBillingStore fields;
    private final AccountStore accounts;
    private final LedgerKeeper keeper;
    private final AuditLog audit;
    private final Transactions transactions;

    public IssueBillingService(IssueBillingStore fields, AccountStore accounts, LedgerKeeper keeper, AuditLog audit,
                               Transactions transactions) {
        this.fields = fields;
        this.accounts = accounts;
        this.keeper = keeper;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The issue's field values; both empty when never set. */
    public IssueBilling fieldsOf(long issueId) {
        return fields.ofIssue(issueId).orElse(IssueBilling.empty(issueId));
    }

    /** The accounts the Account field offers on an issue of this project: its OPEN linked accounts, default first. */
    public List<ClientAccount> accountOptions(long projectId) {
        return AccountChoice.options(accounts.linksOfProject(projectId), accounts::account);
    }

    /** Throws a clear error (field "account") unless work of this issue may bill to the account. */
    public void validateAccount(IssueRef issue, String accountKey) {
        AccountChoice.require(accountKey, "the project of " + issue.key(), accounts.linksOfProject(issue.projectId()),
                accounts::account, "account");
    }

    /** How the issue's work bills as a whole, before any worklog's override. */
    public WorkBilling billingOf(IssueRef issue) {
        Optional<ClientAccount> projectDefault = accounts.linksOfProject(issue.projectId()).stream()
                .filter(ProjectAccountLink::isDefault).findFirst().flatMap(link -> accounts.account(link.accountKey()));
        return BillingResolution.resolve(0, projectDefault, fields.ofIssue(issue.id()).orElse(null), null, accounts::account);
    }

    /**
     * Sets both fields ({@code accountKey} null or blank and {@code billable} null or blank empty
     * them) and re-prices the issue when anything changed. A value that is not allowed changes nothing.
     */
    public IssueBilling set(IssueRef issue, String accountKey, String billable) {
        String account = accountKey == null || accountKey.isBlank() ? null : accountKey.trim();
        BillableChoice choice = BillableChoice.parse(billable, "billable").orElse(null);
        return transactions.inTransaction(() -> {
            IssueBilling before = fieldsOf(issue.id());
            if (account != null && !account.equals(before.accountKey())) {
                validateAccount(issue, account);
            }
            IssueBilling after = new IssueBilling(issue.id(), account, choice);
            if (after.equals(before)) {
                return after;
            }
            fields.save(after);
            audit.record(AUDIT_TYPE, issue.key(), "update", snapshot(before), snapshot(after));
            keeper.repriceIssue(issue.id());
            return after;
        });
    }

    /** Sets the Account value alone (null or blank empties it), keeping the Billable value. */
    public IssueBilling setAccount(IssueRef issue, String accountKey) {
        return transactions.inTransaction(() -> {
            BillableChoice billable = fieldsOf(issue.id()).billable();
            return set(issue, accountKey, billable == null ? null : billable.name());
        });
    }

    /** Sets the Billable value alone (null or blank empties it), keeping the Account value. */
    public IssueBilling setBillable(IssueRef issue, String billable) {
        return transactions.inTransaction(() -> set(issue, fieldsOf(issue.id()).accountKey(), billable));
    }

    private static Map<String, Object> snapshot(IssueBilling billing) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("account", billing.accountKey());
        values.put("billable", billing.billable() == null ? null : billing.billable().label());
        return values;
    }
}

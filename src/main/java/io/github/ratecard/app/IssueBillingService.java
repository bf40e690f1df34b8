package io.github.ratecard.app;

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
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.LedgerKeeper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** How the issue's work bills as a whole, before any worklog's override. */
    public WorkBilling billingOf(IssueRef issue) {
        List<ProjectAccountLink> links = accounts.linksOfProject(issue.projectId());
        return BillingResolution.resolve(0, AccountChoice.projectDefault(links, accounts::account), fields.ofIssue(issue.id()).orElse(null),
                null, accounts::account, AccountChoice.linkedKeys(links));
    }

    /**
     * Throws a clear error (field "account") when an edit changes the Account to an account work
     * of this project may not bill to; keeping the value it has is always allowed (its account may
     * have been closed since).
     */
    public void checkAccountChange(long projectId, String projectName, String newKey, String currentKey) {
        if (newKey != null && !newKey.equals(currentKey)) {
            AccountChoice.require(newKey, projectName, accounts.linksOfProject(projectId), accounts::account, "account");
        }
    }

    /**
     * The fields an edit to these values would store, refused as {@link #set} refuses them, except
     * that an account the field does not offer is refused with one message whether it exists or
     * not, so a preview does not tell which account keys exist. Reads only.
     */
    public IssueBilling proposal(IssueRef issue, String accountKey, String billable) {
        String account = accountKey == null || accountKey.isBlank() ? null : accountKey.trim();
        BillableChoice choice = BillableChoice.parse(billable, "billable").orElse(null);
        if (account != null && !account.equals(fieldsOf(issue.id()).accountKey())) {
            InvalidInputException.require(accountOptions(issue.projectId()).stream().anyMatch(option -> option.key().equals(account)),
                    "account", "Account " + account + " is not one of the accounts the Account field offers on " + issue.key());
        }
        return new IssueBilling(issue.id(), account, choice);
    }

    /**
     * Sets both fields as an edit screen does ({@code accountKey} null or blank and
     * {@code billable} null or blank empty them): a changed account is checked first; then the
     * values are stored and the issue re-priced. A value that is not allowed changes nothing.
     */
    public IssueBilling set(IssueRef issue, String accountKey, String billable) {
        String account = accountKey == null || accountKey.isBlank() ? null : accountKey.trim();
        BillableChoice choice = BillableChoice.parse(billable, "billable").orElse(null);
        return transactions.inTransaction(() -> {
            checkAccountChange(issue.projectId(), "the project of " + issue.key(), account, fieldsOf(issue.id()).accountKey());
            return store(issue, new IssueBilling(issue.id(), account, choice));
        });
    }

    /**
     * Takes over the Account value Jira has stored for the issue (null: emptied), keeping the
     * Billable value, and re-prices the issue when it changed. Jira's field type checked it.
     */
    public IssueBilling mirrorAccount(IssueRef issue, String accountKey) {
        String account = accountKey == null || accountKey.isBlank() ? null : accountKey.trim();
        return transactions.inTransaction(() -> store(issue, new IssueBilling(issue.id(), account, fieldsOf(issue.id()).billable())));
    }

    /** Takes over the Billable value Jira has stored for the issue (null: emptied), keeping the Account value. */
    public IssueBilling mirrorBillable(IssueRef issue, String billable) {
        BillableChoice choice = BillableChoice.parse(billable, "billable").orElse(null);
        return transactions.inTransaction(() -> store(issue, new IssueBilling(issue.id(), fieldsOf(issue.id()).accountKey(), choice)));
    }

    /** Forgets every issue's Account value (the field was removed from Jira) and re-prices those issues. */
    public void forgetAccounts() {
        forgetAll(billing -> new IssueBilling(billing.issueId(), null, billing.billable()));
    }

    /** Forgets every issue's Billable value (the field was removed from Jira) and re-prices those issues. */
    public void forgetBillable() {
        forgetAll(billing -> new IssueBilling(billing.issueId(), billing.accountKey(), null));
    }

    /** The issue is gone: its values go with it. */
    public void issueDeleted(long issueId) {
        transactions.inTransaction(() -> {
            fields.save(IssueBilling.empty(issueId));
            return null;
        });
    }

    private void forgetAll(java.util.function.UnaryOperator<IssueBilling> forget) {
        for (IssueBilling billing : fields.all()) {
            transactions.inTransaction(() -> store(new IssueRef(billing.issueId(), String.valueOf(billing.issueId()), 0), forget.apply(billing)));
        }
    }

    private IssueBilling store(IssueRef issue, IssueBilling after) {
        IssueBilling before = fieldsOf(issue.id());
        if (after.equals(before)) {
            return after;
        }
        fields.save(after);
        audit.record(AUDIT_TYPE, issue.key(), "update", snapshot(before), snapshot(after));
        keeper.repriceIssue(issue.id());
        return after;
    }

    private static Map<String, Object> snapshot(IssueBilling billing) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("account", billing.accountKey());
        values.put("billable", billing.billable() == null ? null : billing.billable().label());
        return values;
    }
}

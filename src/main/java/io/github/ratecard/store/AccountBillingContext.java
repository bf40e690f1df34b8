package io.github.ratecard.store;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.ledger.BillingContext;
import java.util.Optional;

/** Work bills to its project's default account (the issue's Account field arrives later and will come first). */
public class AccountBillingContext implements BillingContext {

    private final AccountStore accounts;

    public AccountBillingContext(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** The account depends on the project alone, so a batch reads each project's default once. */
    @Override
    public BillingContext forBatch() {
        java.util.Map<Long, Optional<ClientAccount>> byProject = new java.util.HashMap<>();
        return (issueId, projectId) -> byProject.computeIfAbsent(projectId, id -> accountFor(issueId, id));
    }

    @Override
    public Optional<ClientAccount> accountFor(long issueId, long projectId) {
        return accounts.linksOfProject(projectId).stream().filter(ProjectAccountLink::isDefault).findFirst()
                .flatMap(link -> accounts.account(link.accountKey()));
    }
}

package io.github.ratecard.store;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.ledger.BillingContext;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The accounts as stored: a project's default account from its links, any account by key. */
public class AccountBillingContext implements BillingContext {

    private final AccountStore accounts;

    public AccountBillingContext(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<ClientAccount> projectDefault(long projectId) {
        return accounts.linksOfProject(projectId).stream().filter(ProjectAccountLink::isDefault).findFirst()
                .flatMap(link -> accounts.account(link.accountKey()));
    }

    @Override
    public Optional<ClientAccount> account(String accountKey) {
        return accounts.account(accountKey);
    }

    @Override
    public Set<String> linkedAccounts(long projectId) {
        return accounts.linksOfProject(projectId).stream().map(ProjectAccountLink::accountKey).collect(Collectors.toSet());
    }
}

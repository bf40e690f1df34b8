package io.github.ratecard.store;

import io.github.ratecard.billing.AccountChoice;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.ledger.BillingContext;
import java.util.Optional;
import java.util.Set;

/** The accounts as stored: a project's default account from its links, any account by key. */
public class AccountBillingContext implements BillingContext {

    private final AccountStore accounts;

    public AccountBillingContext(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<ClientAccount> projectDefault(long projectId) {
        return AccountChoice.projectDefault(accounts.linksOfProject(projectId), accounts::account);
    }

    @Override
    public Optional<ClientAccount> account(String accountKey) {
        return accounts.account(accountKey);
    }

    @Override
    public Set<String> linkedAccounts(long projectId) {
        return AccountChoice.linkedKeys(accounts.linksOfProject(projectId));
    }
}

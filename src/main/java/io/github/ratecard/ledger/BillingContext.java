package io.github.ratecard.ledger;

import io.github.ratecard.billing.ClientAccount;
import java.util.Optional;
import java.util.Set;

/** The accounts pricing reads: each project's default account, and any account by key. */
public interface BillingContext {

    Optional<ClientAccount> projectDefault(long projectId);

    Optional<ClientAccount> account(String accountKey);

    /** The keys of the accounts linked to the project. */
    Set<String> linkedAccounts(long projectId);

    /** A context for pricing one batch against one view of the accounts, reading each thing it needs once. */
    default BillingContext forBatch() {
        return new MemoBillingContext(this);
    }
}

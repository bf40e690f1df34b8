package io.github.ratecard.ledger;

import io.github.ratecard.billing.ClientAccount;
import java.util.HashMap;
import java.util.Map;
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
        BillingContext source = this;
        Map<Long, Optional<ClientAccount>> defaults = new HashMap<>();
        Map<String, Optional<ClientAccount>> byKey = new HashMap<>();
        Map<Long, Set<String>> links = new HashMap<>();
        return new BillingContext() {
            @Override
            public Optional<ClientAccount> projectDefault(long projectId) {
                return defaults.computeIfAbsent(projectId, source::projectDefault);
            }

            @Override
            public Optional<ClientAccount> account(String accountKey) {
                return byKey.computeIfAbsent(accountKey, source::account);
            }

            @Override
            public Set<String> linkedAccounts(long projectId) {
                return links.computeIfAbsent(projectId, source::linkedAccounts);
            }

            @Override
            public BillingContext forBatch() {
                return this;
            }
        };
    }
}

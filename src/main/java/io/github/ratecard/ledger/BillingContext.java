package io.github.ratecard.ledger;

import io.github.ratecard.billing.ClientAccount;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The accounts pricing reads: each project's default account, and any account by key. */
public interface BillingContext {

    Optional<ClientAccount> projectDefault(long projectId);

    Optional<ClientAccount> account(String accountKey);

    /** A context for pricing one batch against one view of the accounts, reading each thing it needs once. */
    default BillingContext forBatch() {
        BillingContext source = this;
        Map<Long, Optional<ClientAccount>> defaults = new HashMap<>();
        Map<String, Optional<ClientAccount>> byKey = new HashMap<>();
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
            public BillingContext forBatch() {
                return this;
            }
        };
    }
}

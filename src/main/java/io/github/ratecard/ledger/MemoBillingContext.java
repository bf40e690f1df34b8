package io.github.ratecard.ledger;

import io.github.ratecard.billing.ClientAccount;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A billing context that reads each project's and each account's answer once from another, and keeps it (thread-safe). */
public final class MemoBillingContext implements BillingContext {

    private final BillingContext source;
    private final ConcurrentHashMap<Long, Optional<ClientAccount>> defaults = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<ClientAccount>> byKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Set<String>> links = new ConcurrentHashMap<>();

    public MemoBillingContext(BillingContext source) {
        this.source = source;
    }

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

    /** Already remembers what it reads. */
    @Override
    public BillingContext forBatch() {
        return this;
    }
}

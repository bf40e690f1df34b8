package io.github.ratecard.ledger;

import io.github.ratecard.billing.ClientAccount;
import java.util.Optional;

/** Which client account a worklog's issue bills to: for now, its project's default account. */
public interface BillingContext {

    Optional<ClientAccount> accountFor(long issueId, long projectId);

    /**
     * A context for pricing one batch against one view of the accounts, reading each thing it
     * needs once. The default remembers each issue's answer.
     */
    default BillingContext forBatch() {
        java.util.Map<Long, Optional<ClientAccount>> byIssue = new java.util.HashMap<>();
        return (issueId, projectId) -> byIssue.computeIfAbsent(issueId, id -> accountFor(id, projectId));
    }
}

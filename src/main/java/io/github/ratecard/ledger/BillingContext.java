package io.github.ratecard.ledger;

import io.github.ratecard.billing.ClientAccount;
import java.util.Optional;

/** Which client account a worklog's issue bills to: for now, its project's default account. */
public interface BillingContext {

    Optional<ClientAccount> accountFor(long issueId, long projectId);
}

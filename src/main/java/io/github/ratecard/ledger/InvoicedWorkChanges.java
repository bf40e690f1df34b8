package io.github.ratecard.ledger;

import java.util.Optional;

/**
 * Told when Jira changes or deletes a worklog whose entry is invoiced: the ledger keeps what was
 * billed, and this records the difference for the account's next invoice. {@code now} is the
 * worklog priced as it is now (empty when it was deleted). Called in the ledger's transaction.
 */
public interface InvoicedWorkChanges {

    InvoicedWorkChanges NONE = (billed, now) -> { };

    void changed(LedgerEntry billed, Optional<LedgerEntry> now);
}

package io.github.ratecard.ledger;

import java.util.List;

/**
 * A batch of worklogs new to the ledger, priced as {@link LedgerKeeper#apply} prices them: their entries, the
 * rollup contributions those add, and what the batch counts as.
 */
public record NewEntries(List<LedgerEntry> entries, List<Rollup> contributions, BatchResult result) {

    public NewEntries {
        entries = List.copyOf(entries);
        contributions = List.copyOf(contributions);
    }
}

package io.github.ratecard.ledger;

import java.util.List;

/**
 * A batch of ledger entries priced again as {@link LedgerKeeper#reprice} prices them: the rows read that the new
 * entries replace (by row id), the new entries, the rollup contributions that move the rollups from the old prices to
 * the new, and what the batch counts as. Entries left at their price (invoiced ones) are in none of the lists.
 */
public record RepricedEntries(List<Long> replacedRows, List<LedgerEntry> entries, List<Rollup> contributions, BatchResult result) {

    public RepricedEntries {
        replacedRows = List.copyOf(replacedRows);
        entries = List.copyOf(entries);
        contributions = List.copyOf(contributions);
    }
}

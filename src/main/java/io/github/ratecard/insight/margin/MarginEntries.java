package io.github.ratecard.insight.margin;

import io.github.ratecard.domain.Page;
import io.github.ratecard.ledger.LedgerEntry;
import java.time.LocalDate;

/**
 * The live ledger entries behind a figure of the report, newest work first, a page at a time: of a
 * project, an account or a person (whichever is given first, through the ledger's index on it and
 * the day), narrowed by the others, on the days given. Two reads per page (the page and the count).
 */
public interface MarginEntries {

    record Filter(Long projectId, String accountKey, String userKey, LocalDate first, LocalDate last) {

        public Filter {
            if (projectId == null && accountKey == null && userKey == null) {
                throw new IllegalArgumentException("The entries of a project, an account or a person");
            }
        }
    }

    Page<LedgerEntry> entries(Filter filter, int offset, int limit);
}

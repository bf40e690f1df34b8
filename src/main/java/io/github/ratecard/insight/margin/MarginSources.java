package io.github.ratecard.insight.margin;

import io.github.ratecard.ledger.Rollup;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The stored figures the profitability report reads: rollups and small tables, each in a few reads whatever the ledger's size. */
public interface MarginSources {

    /** The PROJECT rollups of the months: of every project, or of one project, or of one account, whichever is given; one read. */
    List<Rollup> projectMonths(YearMonth from, YearMonth to, Long projectId, String accountKey);

    /** Issued invoices (not voided) and credit notes whose periods overlap the months. */
    List<IssuedDocument> issuedDocuments(YearMonth from, YearMonth to);

    /**
     * Expenses dated in the months, per project (an issue's expense counts for the project of its
     * key), month and currency, without accounts.
     */
    List<MarginExpense> expenses(YearMonth from, YearMonth to);

    /** Each project's default account, by project id. */
    Map<Long, String> defaultAccounts();
}

package io.github.ratecard.insight.margin;

import io.github.ratecard.ledger.Rollup;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The stored figures the profitability report reads: rollups and small tables, each in a few reads whatever the ledger's size. */
public interface MarginSources {

    /**
     * The work of the months as the report's lines: the ledger's sums per project × account × currency × month, or,
     * {@code byPerson}, per project × person × account × currency × month (the others' keys have no person); of every
     * account, or of {@code accountKey} alone when given; one read.
     */
    List<Rollup> work(YearMonth from, YearMonth to, boolean byPerson, String accountKey);

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

package io.github.ratecard.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What pages, reports and invoice drafts read from the live ledger entries; nothing here writes. */
public interface LedgerQueries {

    /** The entries of an issue, newest work first. */
    List<LedgerEntry> entriesOfIssue(long issueId, int offset, int limit);

    long countOfIssue(long issueId);

    /** The issue's live entries added up, in one read whatever their number. */
    IssueTotals totalsOfIssue(long issueId);

    /** How many live entries there are. */
    long countLive();

    /**
     * How many live entries have each pricing status, every status named. Reads the rollups, and of
     * the ledger only the entries that miss a rate, while there are any.
     */
    Map<PricingStatus, Long> countsByStatus();

    /**
     * The live entries of these issues worked on the days given, added up as PROJECT_DAY rollups
     * (per project, day, account and currency). Reads the issues' entries, so its cost grows with
     * their history, not with the project's.
     */
    List<Rollup> dailyOfIssues(Collection<Long> issueIds, LocalDate from, LocalDate to);

    /**
     * The live entries worked on the days given, by issue, author and account: of a project
     * ({@code projectId}), of an account ({@code accountKey}) or of some issues ({@code issueIds}),
     * whichever is given. One read that streams a few columns of the range's entries.
     */
    List<WorkSlice> slices(Long projectId, String accountKey, Collection<Long> issueIds, LocalDate from, LocalDate to);

    /** The account's live, billable, not yet invoiced entries worked on the days given, by worklog id, streamed. */
    void billableOfAccount(String accountKey, LocalDate from, LocalDate to, Consumer<LedgerEntry> entry);
}

package io.github.ratecard.insight.hints;

import io.github.ratecard.domain.DateRange;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The hints' reads of stored tables that have no read of their own elsewhere: one statement each, whatever the number of accounts or entries. */
public interface HintSources {

    /** The projects linked to each account. */
    Map<String, Set<Long>> linkedProjects();

    /** The periods of the issued invoices (not credit notes, not voided) of every account whose days touch {@code days}. */
    List<HintFacts.Invoiced> issuedPeriods(DateRange days);

    /** Each project's non-empty months per account (its monthly PROJECT rollups of every person, added up in the database). */
    List<HintFacts.ProjectMonth> projectMonths(YearMonth from, YearMonth to);

    /** Each person's worked seconds in {@code month} over every project and currency (their PERSON rollups, added up in the database). */
    Map<String, Long> loggedSeconds(YearMonth month);
}

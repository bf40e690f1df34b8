package io.github.ratecard.insight.utilisation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The ledger's monthly sums per person (its PERSON rollups; its PROJECT ones for the people of projects), added up in the
 * database; each read a bounded number of statements whatever the ledger's size. The months are from–to, both included; a
 * person or project counts when some worked or billable time is left in the sums.
 */
public interface LoggedTime {

    /** Every person's logged time per month, all projects added up; none of nobody. */
    List<LoggedMonth> between(YearMonth from, YearMonth to);

    /** The projects anybody logged time on in the months, by id. */
    Set<Long> projects(YearMonth from, YearMonth to);

    /** The people who logged time on any of the projects (by id) in the months. */
    Set<String> peopleOf(YearMonth from, YearMonth to, Collection<Long> projectIds);
}

package io.github.ratecard.ledger;

import java.util.List;

/** Every worklog the host holds, walked in order of worklog id (for the back-fill). */
public interface WorklogSource {

    /** The worklogs with an id above {@code worklogId}, lowest id first, at most {@code limit}. */
    List<WorklogRecord> after(long worklogId, int limit);

    /** How many worklogs there are now. */
    long count();
}

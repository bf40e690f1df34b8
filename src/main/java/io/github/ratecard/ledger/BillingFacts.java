package io.github.ratecard.ledger;

import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.WorklogOverride;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What pricing reads about particular worklogs and issues, fresh for every batch because it
 * changes issue by issue: the issues' Account and Billable fields and the worklogs' overrides.
 */
public interface BillingFacts {

    /**
     * Reads the facts of these worklogs. Only worklogs the ledger already holds can carry an
     * override (one is set on a priced entry, and Jira never reuses a worklog's id), so overrides
     * are read for {@code heldByLedger} alone: a new worklog costs one read, not two.
     */
    Loaded load(Collection<WorklogRecord> worklogs, Set<Long> heldByLedger);

    /** The Account and Billable fields of these issues, for work without a worklog; an issue with neither is absent. */
    Map<Long, IssueBilling> ofIssues(Collection<Long> issueIds);

    /** No fields set and no overrides anywhere: work bills as its project's default account says. */
    BillingFacts NONE = new BillingFacts() {
        @Override
        public Loaded load(Collection<WorklogRecord> worklogs, Set<Long> heldByLedger) {
            return Loaded.NONE;
        }

        @Override
        public Map<Long, IssueBilling> ofIssues(Collection<Long> issueIds) {
            return Map.of();
        }
    };

    /** The facts of some worklogs; {@code worklogIds} and {@code issueIds} say which were read, so a missing entry means "none". */
    record Loaded(Set<Long> worklogIds, Set<Long> issueIds, Map<Long, IssueBilling> issues, Map<Long, WorklogOverride> overrides) {

        static final Loaded NONE = new Loaded(null, null, Map.of(), Map.of());

        boolean covers(WorklogRecord worklog) {
            return worklogIds == null || (worklogIds.contains(worklog.worklogId()) && issueIds.contains(worklog.issueId()));
        }
    }
}

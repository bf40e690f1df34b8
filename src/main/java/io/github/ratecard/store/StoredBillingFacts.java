package io.github.ratecard.store;

import io.github.ratecard.billing.IssueBillingStore;
import io.github.ratecard.billing.OverrideStore;
import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.WorklogRecord;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Issue fields and overrides as stored: two indexed reads per batch (chunked for large ones). */
public class StoredBillingFacts implements BillingFacts {

    private final IssueBillingStore issues;
    private final OverrideStore overrides;

    public StoredBillingFacts(IssueBillingStore issues, OverrideStore overrides) {
        this.issues = issues;
        this.overrides = overrides;
    }

    @Override
    public Loaded load(Collection<WorklogRecord> worklogs) {
        Set<Long> worklogIds = new HashSet<>();
        Set<Long> issueIds = new HashSet<>();
        for (WorklogRecord worklog : worklogs) {
            worklogIds.add(worklog.worklogId());
            issueIds.add(worklog.issueId());
        }
        if (worklogIds.isEmpty()) {
            return new Loaded(worklogIds, issueIds, java.util.Map.of(), java.util.Map.of());
        }
        return new Loaded(worklogIds, issueIds, issues.ofIssues(issueIds), overrides.of(worklogIds));
    }
}

package io.github.ratecard.store;

import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.IssueBillingStore;
import io.github.ratecard.billing.WorklogOverride;
import io.github.ratecard.billing.OverrideStore;
import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.WorklogRecord;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Issue fields and overrides as stored: at most two indexed reads per batch (chunked for large ones). */
public class StoredBillingFacts implements BillingFacts {

    private final IssueBillingStore issues;
    private final OverrideStore overrides;

    public StoredBillingFacts(IssueBillingStore issues, OverrideStore overrides) {
        this.issues = issues;
        this.overrides = overrides;
    }

    @Override
    public Loaded load(Collection<WorklogRecord> worklogs, Set<Long> heldByLedger) {
        Set<Long> worklogIds = new HashSet<>();
        Set<Long> issueIds = new HashSet<>();
        Set<Long> mayBeOverridden = new HashSet<>();
        for (WorklogRecord worklog : worklogs) {
            worklogIds.add(worklog.worklogId());
            issueIds.add(worklog.issueId());
            if (heldByLedger.contains(worklog.worklogId())) {
                mayBeOverridden.add(worklog.worklogId());
            }
        }
        Map<Long, WorklogOverride> overridden = mayBeOverridden.isEmpty() ? Map.of() : overrides.of(mayBeOverridden);
        return new Loaded(worklogIds, issueIds, ofIssues(issueIds), overridden);
    }

    @Override
    public Map<Long, IssueBilling> ofIssues(Collection<Long> issueIds) {
        return issueIds.isEmpty() ? Map.of() : issues.ofIssues(issueIds);
    }
}

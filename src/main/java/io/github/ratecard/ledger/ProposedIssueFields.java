package io.github.ratecard.ledger;

import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.WorklogOverride;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The stored billing facts, but one issue's Account and Billable fields as an edit proposes them. */
final class ProposedIssueFields implements BillingFacts {

    private final BillingFacts stored;
    private final IssueBilling proposed;

    ProposedIssueFields(BillingFacts stored, IssueBilling proposed) {
        this.stored = stored;
        this.proposed = proposed;
    }

    @Override
    public Loaded load(Collection<WorklogRecord> worklogs, Set<Long> heldByLedger) {
        Loaded loaded = stored.load(worklogs, heldByLedger);
        Map<Long, WorklogOverride> overrides = loaded.overrides();
        return new Loaded(loaded.worklogIds(), loaded.issueIds(), propose(loaded.issues()), overrides);
    }

    @Override
    public Map<Long, IssueBilling> ofIssues(Collection<Long> issueIds) {
        return propose(stored.ofIssues(issueIds));
    }

    private Map<Long, IssueBilling> propose(Map<Long, IssueBilling> issues) {
        Map<Long, IssueBilling> changed = new HashMap<>(issues);
        if (proposed.accountKey() == null && proposed.billable() == null) {
            changed.remove(proposed.issueId());
        } else {
            changed.put(proposed.issueId(), proposed);
        }
        return changed;
    }
}

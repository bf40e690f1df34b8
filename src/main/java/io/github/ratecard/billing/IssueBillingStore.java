package io.github.ratecard.billing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where each issue's Account and Billable field values are kept for pricing. */
public interface IssueBillingStore {

    Optional<IssueBilling> ofIssue(long issueId);

    /** The issues among these that have a value in either field. */
    Map<Long, IssueBilling> ofIssues(Collection<Long> issueIds);

    /** Every issue with a value in either field. */
    java.util.List<IssueBilling> all();

    /** Stores the fields; both empty removes the issue's row. */
    void save(IssueBilling billing);
}

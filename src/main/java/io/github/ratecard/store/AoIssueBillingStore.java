package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.billing.BillableChoice;
import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.IssueBillingStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Issue billing fields in RC_ISSUE_BILLING, one row per issue with a value. */
public class AoIssueBillingStore implements IssueBillingStore {

    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoIssueBillingStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<IssueBilling> ofIssue(long issueId) {
        return Optional.ofNullable(ofIssues(List.of(issueId)).get(issueId));
    }

    @Override
    public Map<Long, IssueBilling> ofIssues(Collection<Long> issueIds) {
        Map<Long, IssueBilling> found = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(issueIds, CHUNK)) {
            for (IssueBillingEntity row : ao.find(IssueBillingEntity.class, Query.select()
                    .where(IssueBillingEntity.ISSUE_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                found.put(row.getIssueId(), billing(row));
            }
        }
        return found;
    }

    @Override
    public List<IssueBilling> all() {
        List<IssueBilling> all = new ArrayList<>();
        ao.stream(IssueBillingEntity.class, Query.select(IssueBillingEntity.ID + ", " + IssueBillingEntity.ISSUE_ID + ", "
                + IssueBillingEntity.ACCOUNT_KEY + ", " + IssueBillingEntity.BILLABLE), row -> all.add(billing(row)));
        return all;
    }

    private static IssueBilling billing(IssueBillingEntity row) {
        return new IssueBilling(row.getIssueId(), row.getAccountKey(), row.getBillable() == null ? null : BillableChoice.valueOf(row.getBillable()));
    }

    @Override
    public void save(IssueBilling billing) {
        ao.deleteWithSQL(IssueBillingEntity.class, IssueBillingEntity.ISSUE_ID + " = ?", billing.issueId());
        if (billing.isEmpty()) {
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(IssueBillingEntity.ISSUE_ID, billing.issueId());
        IssueBillingEntity entity = ao.create(IssueBillingEntity.class, row);
        entity.setAccountKey(billing.accountKey());
        entity.setBillable(billing.billable() == null ? null : billing.billable().name());
        entity.save();
    }
}

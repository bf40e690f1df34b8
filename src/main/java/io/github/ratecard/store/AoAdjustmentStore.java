package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.AdjustmentStore;
import io.github.ratecard.invoice.PendingAdjustment;
import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Adjustments of invoiced work in RC_INV_ADJ. */
public class AoAdjustmentStore implements AdjustmentStore {

    static final String PENDING = "PENDING";
    static final String BILLED = "BILLED";

    private final ActiveObjects ao;

    public AoAdjustmentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void setPending(long worklogId, Optional<PendingAdjustment> adjustment) {
        ao.deleteWithSQL(AdjustmentEntity.class, AdjustmentEntity.WORKLOG_ID + " = ? AND " + AdjustmentEntity.STATE + " = ?", worklogId, PENDING);
        adjustment.ifPresent(a -> {
            Map<String, Object> row = new HashMap<>();
            row.put(AdjustmentEntity.WORKLOG_ID, a.worklogId());
            row.put(AdjustmentEntity.ACCOUNT_KEY, a.accountKey());
            row.put(AdjustmentEntity.INVOICE_ID, a.invoiceId());
            row.put(AdjustmentEntity.INVOICE_NUMBER, a.invoiceNumber());
            row.put(AdjustmentEntity.ISSUE_KEY, a.issueKey());
            row.put(AdjustmentEntity.DELTA_SECONDS, a.deltaSeconds());
            row.put(AdjustmentEntity.DELTA_MINOR, a.delta().minorUnits());
            row.put(AdjustmentEntity.CURRENCY, a.delta().currency().getCurrencyCode());
            row.put(AdjustmentEntity.DELETED, a.deleted());
            row.put(AdjustmentEntity.STATE, PENDING);
            ao.create(AdjustmentEntity.class, row);
        });
    }

    @Override
    public List<PendingAdjustment> pending(String accountKey) {
        List<PendingAdjustment> found = new ArrayList<>();
        for (AdjustmentEntity row : ao.find(AdjustmentEntity.class, Query.select().where(AdjustmentEntity.ACCOUNT_KEY + " = ? AND "
                + AdjustmentEntity.STATE + " = ?", accountKey, PENDING).order(AdjustmentEntity.WORKLOG_ID))) {
            found.add(adjustment(row));
        }
        return found;
    }

    @Override
    public Optional<PendingAdjustment> pendingOf(long worklogId) {
        AdjustmentEntity[] rows = ao.find(AdjustmentEntity.class, Query.select().where(AdjustmentEntity.WORKLOG_ID + " = ? AND "
                + AdjustmentEntity.STATE + " = ?", worklogId, PENDING));
        return rows.length == 0 ? Optional.empty() : Optional.of(adjustment(rows[0]));
    }

    @Override
    public java.util.Set<Long> pendingAmong(java.util.Collection<Long> worklogIds) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        for (List<Long> chunk : Sql.chunks(worklogIds, 500)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(PENDING);
            ao.stream(AdjustmentEntity.class, Query.select("ID, " + AdjustmentEntity.WORKLOG_ID).where(AdjustmentEntity.WORKLOG_ID + " IN ("
                    + Sql.placeholders(chunk.size()) + ") AND " + AdjustmentEntity.STATE + " = ?", parameters.toArray()), row -> found.add(row.getWorklogId()));
        }
        return found;
    }

    @Override
    public void markBilled(List<Long> worklogIds, long invoiceId) {
        for (List<Long> chunk : Sql.chunks(worklogIds, 500)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(PENDING);
            for (AdjustmentEntity row : ao.find(AdjustmentEntity.class, Query.select().where(AdjustmentEntity.WORKLOG_ID + " IN ("
                    + Sql.placeholders(chunk.size()) + ") AND " + AdjustmentEntity.STATE + " = ?", parameters.toArray()))) {
                row.setState(BILLED);
                row.setBilledOn(invoiceId);
                row.save();
            }
        }
    }

    @Override
    public long[] billedAdjustments(long worklogId) {
        long seconds = 0;
        long minor = 0;
        for (AdjustmentEntity row : ao.find(AdjustmentEntity.class, Query.select().where(AdjustmentEntity.WORKLOG_ID + " = ? AND "
                + AdjustmentEntity.STATE + " = ?", worklogId, BILLED))) {
            seconds += row.getDeltaSeconds();
            minor += row.getDeltaMinor();
        }
        return new long[] {seconds, minor};
    }

    @Override
    public void reopen(long invoiceId) {
        for (AdjustmentEntity row : ao.find(AdjustmentEntity.class, Query.select().where(AdjustmentEntity.BILLED_ON + " = ?", invoiceId))) {
            row.setState(PENDING);
            row.setBilledOn(null);
            row.save();
        }
    }

    private static PendingAdjustment adjustment(AdjustmentEntity row) {
        return new PendingAdjustment(row.getWorklogId(), row.getAccountKey(), row.getInvoiceId(), row.getInvoiceNumber(), row.getIssueKey(),
                row.getDeltaSeconds(), Money.ofMinor(row.getDeltaMinor(), row.getCurrency()), row.isDeleted());
    }
}

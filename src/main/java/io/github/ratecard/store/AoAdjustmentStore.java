package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.AdjustmentStore;
import io.github.ratecard.invoice.AdjustmentsChangedException;
import io.github.ratecard.invoice.IssueWriter;
import io.github.ratecard.invoice.PendingAdjustment;
import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
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
        adjustment.ifPresent(a -> ao.create(AdjustmentEntity.class, columns(a, PENDING)));
    }

    private static Map<String, Object> columns(PendingAdjustment a, String state) {
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
        row.put(AdjustmentEntity.STATE, state);
        return row;
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

    /**
     * Each row is replaced by a billed copy, and its pending row deleted only while it is still that pending row: of two
     * issues billing one adjustment at once, the database lets one delete it and the other finds it gone.
     */
    @Override
    public void markBilled(List<IssueWriter.BilledAdjustment> billed, long invoiceId) {
        for (List<IssueWriter.BilledAdjustment> chunk : Sql.chunks(billed, 500)) {
            Map<Long, IssueWriter.BilledAdjustment> shown = new HashMap<>();
            chunk.forEach(adjustment -> shown.put(adjustment.worklogId(), adjustment));
            List<Object> parameters = new ArrayList<>(shown.keySet());
            parameters.add(PENDING);
            AdjustmentEntity[] rows = ao.find(AdjustmentEntity.class, Query.select().where(AdjustmentEntity.WORKLOG_ID + " IN ("
                    + Sql.placeholders(shown.size()) + ") AND " + AdjustmentEntity.STATE + " = ?", parameters.toArray()));
            if (rows.length != chunk.size() || !Arrays.stream(rows).allMatch(row -> asShown(row, shown.get(row.getWorklogId())))) {
                throw new AdjustmentsChangedException();
            }
            for (AdjustmentEntity row : rows) {
                if (ao.deleteWithSQL(AdjustmentEntity.class, "ID = ? AND " + AdjustmentEntity.STATE + " = ?", row.getID(), PENDING) != 1) {
                    throw new AdjustmentsChangedException();
                }
                Map<String, Object> copy = columns(adjustment(row), BILLED);
                copy.put(AdjustmentEntity.BILLED_ON, invoiceId);
                ao.create(AdjustmentEntity.class, copy);
            }
        }
    }

    private static boolean asShown(AdjustmentEntity row, IssueWriter.BilledAdjustment shown) {
        return shown != null && row.getDeltaSeconds() == shown.deltaSeconds() && row.getDeltaMinor() == shown.deltaMinor();
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

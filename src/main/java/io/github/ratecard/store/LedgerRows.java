package io.github.ratecard.store;

import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/** How a ledger entry is read from an RC_LEDGER row and written to one, for the stores that read and write entries. */
final class LedgerRows {

    /** The condition that leaves out deletion marks. */
    static final String LIVE = LedgerEntity.DELETED_MILLIS + " IS NULL";
    /** The most worklog or row ids one IN list names. */
    static final int IN_CHUNK = 500;
    /** Every column an entry is read from. */
    static final String ENTRY_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.WORKLOG_ID, LedgerEntity.ISSUE_ID,
            LedgerEntity.PROJECT_ID, LedgerEntity.AUTHOR_KEY, LedgerEntity.STARTED_MILLIS, LedgerEntity.WORK_DAY, LedgerEntity.WORKED_SECONDS,
            LedgerEntity.BILLED_SECONDS, LedgerEntity.BILLABLE, LedgerEntity.ACCOUNT_KEY, LedgerEntity.COST_MINOR, LedgerEntity.COST_CURRENCY,
            LedgerEntity.BILL_MINOR, LedgerEntity.BILL_CURRENCY, LedgerEntity.VALUE_MINOR, LedgerEntity.COST_RATE_ID, LedgerEntity.BILL_RATE_ID,
            LedgerEntity.STATUS, LedgerEntity.PRICED_MILLIS, LedgerEntity.SOURCE_UPDATED_MILLIS, LedgerEntity.INVOICED);

    private LedgerRows() {
    }

    static LedgerEntry entry(LedgerEntity row) {
        return new LedgerEntry(row.getWorklogId(), row.getIssueId(), row.getProjectId(), row.getAuthorKey(),
                Instant.ofEpochMilli(row.getStartedMillis()), LocalDate.ofEpochDay(row.getWorkDay()), row.getWorkedSeconds(),
                row.getBilledSeconds(), row.isBillable(), row.getAccountKey(), money(row.getCostMinor(), row.getCostCurrency()),
                money(row.getBillMinor(), row.getBillCurrency()), money(row.getValueMinor(), row.getBillCurrency()), row.getCostRateId(),
                row.getBillRateId(),
                PricingStatus.valueOf(row.getStatus()), Instant.ofEpochMilli(row.getPricedMillis()),
                Instant.ofEpochMilli(row.getSourceUpdatedMillis()), row.isInvoiced());
    }

    /** The entry of the row a plain JDBC read is at, its columns labelled with their names. */
    static LedgerEntry entry(ResultSet row) throws SQLException {
        return new LedgerEntry(row.getLong(LedgerEntity.WORKLOG_ID), row.getLong(LedgerEntity.ISSUE_ID), row.getLong(LedgerEntity.PROJECT_ID),
                row.getString(LedgerEntity.AUTHOR_KEY), Instant.ofEpochMilli(row.getLong(LedgerEntity.STARTED_MILLIS)),
                LocalDate.ofEpochDay(row.getLong(LedgerEntity.WORK_DAY)), row.getLong(LedgerEntity.WORKED_SECONDS),
                row.getLong(LedgerEntity.BILLED_SECONDS), row.getBoolean(LedgerEntity.BILLABLE), row.getString(LedgerEntity.ACCOUNT_KEY),
                money(nullableLong(row, LedgerEntity.COST_MINOR), row.getString(LedgerEntity.COST_CURRENCY)),
                money(nullableLong(row, LedgerEntity.BILL_MINOR), row.getString(LedgerEntity.BILL_CURRENCY)),
                money(nullableLong(row, LedgerEntity.VALUE_MINOR), row.getString(LedgerEntity.BILL_CURRENCY)),
                nullableLong(row, LedgerEntity.COST_RATE_ID), nullableLong(row, LedgerEntity.BILL_RATE_ID),
                PricingStatus.valueOf(row.getString(LedgerEntity.STATUS)), Instant.ofEpochMilli(row.getLong(LedgerEntity.PRICED_MILLIS)),
                Instant.ofEpochMilli(row.getLong(LedgerEntity.SOURCE_UPDATED_MILLIS)), row.getBoolean(LedgerEntity.INVOICED));
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Money money(Long minor, String currency) {
        return minor == null ? null : Money.ofMinor(minor, Currency.getInstance(currency));
    }

    /** The columns of an entry's row ({@code deletedMillis} set for a deletion mark); an empty column is null. */
    static Map<String, Object> columns(LedgerEntry entry, Long deletedMillis) {
        Map<String, Object> row = new HashMap<>();
        row.put(LedgerEntity.WORKLOG_ID, entry.worklogId());
        row.put(LedgerEntity.ISSUE_ID, entry.issueId());
        row.put(LedgerEntity.PROJECT_ID, entry.projectId());
        row.put(LedgerEntity.AUTHOR_KEY, entry.authorKey());
        row.put(LedgerEntity.STARTED_MILLIS, entry.started().toEpochMilli());
        row.put(LedgerEntity.WORK_DAY, entry.workDate().toEpochDay());
        row.put(LedgerEntity.WORKED_SECONDS, entry.workedSeconds());
        row.put(LedgerEntity.BILLED_SECONDS, entry.billedSeconds());
        row.put(LedgerEntity.BILLABLE, entry.billable());
        row.put(LedgerEntity.ACCOUNT_KEY, entry.accountKey());
        row.put(LedgerEntity.COST_MINOR, entry.cost() == null ? null : entry.cost().minorUnits());
        row.put(LedgerEntity.COST_CURRENCY, entry.cost() == null ? null : entry.cost().currency().getCurrencyCode());
        row.put(LedgerEntity.BILL_MINOR, entry.bill() == null ? null : entry.bill().minorUnits());
        row.put(LedgerEntity.BILL_CURRENCY, entry.bill() == null ? null : entry.bill().currency().getCurrencyCode());
        row.put(LedgerEntity.VALUE_MINOR, entry.value() == null ? null : entry.value().minorUnits());
        row.put(LedgerEntity.COST_RATE_ID, entry.costRateId());
        row.put(LedgerEntity.BILL_RATE_ID, entry.billRateId());
        row.put(LedgerEntity.STATUS, entry.status().name());
        row.put(LedgerEntity.PRICED_MILLIS, entry.pricedAt().toEpochMilli());
        row.put(LedgerEntity.SOURCE_UPDATED_MILLIS, entry.sourceUpdated().toEpochMilli());
        row.put(LedgerEntity.INVOICED, entry.invoiced());
        row.put(LedgerEntity.DELETED_MILLIS, deletedMillis);
        return row;
    }
}

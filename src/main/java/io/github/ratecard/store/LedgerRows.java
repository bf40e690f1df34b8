package io.github.ratecard.store;

import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** How a ledger entry is read from an RC_LEDGER row, for the stores that read entries. */
final class LedgerRows {

    /** The condition that leaves out deletion marks. */
    static final String LIVE = LedgerEntity.DELETED_MILLIS + " IS NULL";
    /** The most worklog or row ids one IN list names. */
    static final int IN_CHUNK = 500;

    private LedgerRows() {
    }

    static LedgerEntry entry(LedgerEntity row) {
        return new LedgerEntry(row.getWorklogId(), row.getIssueId(), row.getProjectId(), row.getAuthorKey(),
                Instant.ofEpochMilli(row.getStartedMillis()), LocalDate.ofEpochDay(row.getWorkDay()), row.getWorkedSeconds(),
                row.getBilledSeconds(), row.isBillable(), row.getAccountKey(), money(row.getCostMinor(), row.getCostCurrency()),
                money(row.getBillMinor(), row.getBillCurrency()), row.getCostRateId(), row.getBillRateId(),
                PricingStatus.valueOf(row.getStatus()), Instant.ofEpochMilli(row.getPricedMillis()),
                Instant.ofEpochMilli(row.getSourceUpdatedMillis()), row.isInvoiced());
    }

    static Money money(Long minor, String currency) {
        return minor == null ? null : Money.ofMinor(minor, Currency.getInstance(currency));
    }
}

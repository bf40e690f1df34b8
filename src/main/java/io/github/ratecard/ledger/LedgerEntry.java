package io.github.ratecard.ledger;

import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One worklog, priced: who worked when and how long, how much is billed and to which client,
 * what it cost and what it bills, and which rates won. {@code cost} or {@code bill} is null when
 * its rate is missing (never zero); {@code bill} is zero for non-billable work. {@code value} is the
 * worked time (not the billed time) at the bill rate of the entry's account, rounded as the bill is,
 * billable or not: what the work would bill at its rate; null when the entry has no account or no
 * bill rate applies, and otherwise in the bill's currency.
 */
public record LedgerEntry(
        long worklogId,
        long issueId,
        long projectId,
        String authorKey,
        Instant started,
        LocalDate workDate,
        long workedSeconds,
        long billedSeconds,
        boolean billable,
        String accountKey,
        Money cost,
        Money bill,
        Money value,
        Long costRateId,
        Long billRateId,
        PricingStatus status,
        Instant pricedAt,
        Instant sourceUpdated,
        boolean invoiced) {

    public LedgerEntry {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(workDate, "workDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(pricedAt, "pricedAt");
        Objects.requireNonNull(sourceUpdated, "sourceUpdated");
        if (value != null && (bill == null || !value.currency().equals(bill.currency()))) {
            throw new IllegalArgumentException("The value " + value + " of worklog " + worklogId + " is not in the currency of its bill "
                    + bill);
        }
    }

    /** The status as shown to a user who may not see costs: a missing cost rate is not theirs to know, what the bill lacks is. */
    public PricingStatus statusWithoutCost() {
        if (status != PricingStatus.MISSING_COST_RATE) {
            return status;
        }
        return accountKey == null ? PricingStatus.NO_ACCOUNT : bill == null ? PricingStatus.MISSING_BILL_RATE : PricingStatus.PRICED;
    }

    public boolean isPriced() {
        return status == PricingStatus.PRICED;
    }
}

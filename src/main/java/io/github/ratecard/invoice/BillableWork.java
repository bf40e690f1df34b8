package io.github.ratecard.invoice;

import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.rates.HourlyRate;
import java.time.LocalDate;

/**
 * One un-invoiced billable worklog of an account, as a draft needs it: what it is (issue, author,
 * level, day), how long it bills, at which rate (null when its bill rate is missing, which blocks
 * issuing), and the names its line is shown with.
 */
public record BillableWork(long worklogId, long issueId, String issueKey, String issueSummary, String authorKey, String authorName,
                           String levelName, LocalDate workDate, long workedSeconds, long billedSeconds, HourlyRate rate, PricingStatus status) {

    public boolean isPriced() {
        return status == PricingStatus.PRICED && rate != null;
    }
}

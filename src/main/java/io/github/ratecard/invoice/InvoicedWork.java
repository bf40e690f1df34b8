package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;
import java.time.LocalDate;

/**
 * One worklog billed on an issued invoice, frozen as it was billed: the line it is on, its day,
 * issue, author and level, worked and billed time, the rate and what it came to (rounded for this
 * row; the invoice rounds once per line). The store keys these by worklog id, so the database
 * refuses to bill a worklog twice.
 */
public record InvoicedWork(long worklogId, long invoiceId, String lineKey, LocalDate workDate, String issueKey, String issueSummary,
                           String authorName, String levelName, long workedSeconds, long billedSeconds, java.math.BigDecimal rate, Money amount) {
}

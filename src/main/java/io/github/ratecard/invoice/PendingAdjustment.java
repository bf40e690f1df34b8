package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;

/**
 * Work changed after it was invoiced: the worklog, the invoice that billed it, and the difference
 * between what it bills now and what was billed (negative when less, e.g. deleted), waiting for
 * the account's next invoice.
 */
public record PendingAdjustment(long worklogId, String accountKey, long invoiceId, String invoiceNumber, String issueKey, long deltaSeconds,
                                Money delta, boolean deleted) {
}

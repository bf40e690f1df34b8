package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;

/**
 * One step of a budget's burn: money spent in the bucket and up to its end, the plan up to its
 * end, and (for buckets ending after the status day) the run-rate forecast up to its end.
 * {@code cumulative} is null for buckets that start after the status day, {@code forecast} for
 * buckets that end by it.
 */
public record BurnPoint(DateRange bucket, Money spent, Money cumulative, Money planned, Money forecast, boolean past) {
}

package io.github.ratecard.ledger;

import io.github.ratecard.money.Money;

/**
 * An estimate priced as its work would be: the account it would bill to (null for none), whether
 * it is billable, its cost and its bill. {@code cost} or {@code bill} is null when its rate is
 * missing; {@code bill} is zero for work that is not billable.
 */
public record PricedEstimate(WorkEstimate estimate, String accountKey, boolean billable, Money cost, Money bill) {
}

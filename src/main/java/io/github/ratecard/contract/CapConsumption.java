package io.github.ratecard.contract;

import io.github.ratecard.money.Money;

/**
 * One period of a cap: the value of the work it used at the rate card, the part billed (up to what is left of the
 * cap) and the part written off; {@code consumed} is what the cap has billed so far (in this period for a per-period
 * cap, since the cap's terms began for a total one) and {@code remaining} what is left of it. Always
 * {@code workValue = billed + writtenOff}.
 */
public record CapConsumption(ContractPeriod period, Money limit, Money workValue, Money billed, Money writtenOff, Money consumed, Money remaining) {
}

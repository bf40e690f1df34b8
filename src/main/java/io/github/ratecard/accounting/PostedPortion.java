package io.github.ratecard.accounting;

import io.github.ratecard.money.Money;
import java.util.Optional;

/**
 * One tax rate's part of a posting, signed from the debtor's side (positive: the debtor is debited): net and tax in the
 * document's currency and, where the document has a base-currency value, in the base currency.
 */
public record PostedPortion(String taxKey, RevenueAccount revenue, Money net, Money tax, Optional<Money> baseNet, Optional<Money> baseTax) {

    public Money gross() {
        return net.plus(tax);
    }

    public Optional<Money> baseGross() {
        return baseNet.flatMap(n -> baseTax.map(n::plus));
    }

    PostedPortion reversed() {
        return new PostedPortion(taxKey, revenue, net.negate(), tax.negate(), baseNet.map(Money::negate), baseTax.map(Money::negate));
    }
}

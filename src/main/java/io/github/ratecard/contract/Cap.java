package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Money;
import java.util.Currency;
import java.util.Optional;

/** Time and materials up to {@code limit} per month, per quarter or in total; work beyond it is written off. */
public record Cap(Money limit, CapScope scope) implements ContractTerms {

    public Cap {
        InvalidInputException.require(limit != null, "limit", "A cap needs a not-to-exceed amount");
        AmountLimits.require(limit, "limit");
        InvalidInputException.require(limit.minorUnits() > 0, "limit", "A cap's amount must be positive");
        InvalidInputException.require(scope != null, "scope", "A cap's scope must be MONTH, QUARTER or TOTAL");
    }

    @Override
    public ContractKind kind() {
        return ContractKind.CAP;
    }

    @Override
    public Optional<Currency> currency() {
        return Optional.of(limit.currency());
    }

    @Override
    public Optional<PeriodLength> periodLength() {
        return scope.length();
    }
}

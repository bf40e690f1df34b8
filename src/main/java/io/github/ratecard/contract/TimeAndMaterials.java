package io.github.ratecard.contract;

import java.util.Currency;
import java.util.Optional;

/** Hours × rate from the rate card, billed as the work is done: the terms of an account without a contract. */
public record TimeAndMaterials() implements ContractTerms {

    public static final TimeAndMaterials INSTANCE = new TimeAndMaterials();

    @Override
    public ContractKind kind() {
        return ContractKind.TIME_AND_MATERIALS;
    }

    @Override
    public Optional<Currency> currency() {
        return Optional.empty();
    }
}

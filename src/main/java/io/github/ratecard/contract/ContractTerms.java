package io.github.ratecard.contract;

import java.util.Currency;
import java.util.Optional;

/** What a contract agrees for the months its terms are in force: one of the four kinds. */
public sealed interface ContractTerms permits TimeAndMaterials, Retainer, FixedFee, Cap {

    ContractKind kind();

    /** The currency of the terms' amounts; empty for time and materials, which has none of its own. */
    Optional<Currency> currency();

    /** The length of the periods the terms count in, when they have any (retainers and per-period caps). */
    default Optional<PeriodLength> periodLength() {
        return Optional.empty();
    }
}

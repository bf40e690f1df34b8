package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import java.time.YearMonth;

/** Terms in force from the first day of {@code from} until the next dated terms or the contract's end. */
public record DatedTerms(YearMonth from, ContractTerms terms) {

    public DatedTerms {
        InvalidInputException.require(from != null, "from", "Terms need the month they start in");
        InvalidInputException.require(terms != null, "terms", "Terms need a kind");
    }
}

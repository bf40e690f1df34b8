package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Money;

/** One amount of a fixed-fee schedule; its label is unique in the schedule and names it on invoices. */
public record Instalment(String label, Money amount, InstalmentDue due) {

    public Instalment {
        label = ContractLimits.requireText(label, ContractLimits.INSTALMENT_LABEL, "label", "An instalment's label");
        InvalidInputException.require(amount != null, "amount", "An instalment needs an amount");
        AmountLimits.require(amount, "amount");
        InvalidInputException.require(amount.minorUnits() > 0, "amount", "An instalment's amount must be positive");
        InvalidInputException.require(due != null, "due", "An instalment needs a due date or a milestone");
    }
}

package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.money.Money;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A schedule of instalments, each due by date or by milestone; the time worked is priced for cost and margin but bills nothing. */
public record FixedFee(List<Instalment> schedule) implements ContractTerms {

    public FixedFee {
        InvalidInputException.require(schedule != null && !schedule.isEmpty(), "schedule", "A fixed fee needs at least one instalment",
                Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(schedule.size() <= ContractLimits.INSTALMENTS, "schedule",
                "A fixed fee may have at most " + ContractLimits.INSTALMENTS + " instalments");
        schedule = List.copyOf(schedule);
        Currency currency = schedule.get(0).amount().currency();
        Set<String> labels = new HashSet<>();
        for (Instalment instalment : schedule) {
            InvalidInputException.require(instalment.amount().currency().equals(currency), "amount",
                    "All instalments must be in one currency, " + currency.getCurrencyCode());
            InvalidInputException.require(labels.add(instalment.label()), "label", "Two instalments are labelled " + instalment.label());
        }
    }

    /** The sum of the schedule's amounts. */
    public Money total() {
        return Money.sum(schedule.get(0).amount().currency(), schedule.stream().map(Instalment::amount).toList());
    }

    public Optional<Instalment> instalment(String label) {
        return schedule.stream().filter(i -> i.label().equals(label)).findFirst();
    }

    @Override
    public ContractKind kind() {
        return ContractKind.FIXED_FEE;
    }

    @Override
    public Optional<Currency> currency() {
        return Optional.of(schedule.get(0).amount().currency());
    }
}

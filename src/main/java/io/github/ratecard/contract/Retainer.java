package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Per period a {@code fee} for {@code prepaidSeconds} of billed time; unused time rolls over by the {@code rollover}
 * rule; time beyond the balance bills at the {@code overageRate}, or at the rate card when that is empty.
 */
public record Retainer(PeriodLength period, Money fee, long prepaidSeconds, Rollover rollover, Optional<HourlyRate> overageRate)
        implements ContractTerms {

    public Retainer {
        InvalidInputException.require(period != null, "period", "A retainer's period must be MONTH or QUARTER");
        InvalidInputException.require(fee != null, "fee", "A retainer needs a fee");
        AmountLimits.require(fee, "fee");
        InvalidInputException.require(!fee.isNegative(), "fee", "A retainer's fee must not be negative");
        ContractLimits.requireHours(prepaidSeconds, ContractLimits.PREPAID_HOURS, "prepaidSeconds");
        Objects.requireNonNull(rollover, "rollover");
        overageRate = overageRate == null ? Optional.empty() : overageRate;
        overageRate.ifPresent(rate -> InvalidInputException.require(rate.currency().equals(fee.currency()), "overageRate",
                "The overage rate must be in the fee's currency " + fee.currency().getCurrencyCode()));
    }

    /** Overage bills at the rate card. */
    public static Retainer atRateCard(PeriodLength period, Money fee, long prepaidSeconds, Rollover rollover) {
        return new Retainer(period, fee, prepaidSeconds, rollover, Optional.empty());
    }

    public static Retainer withOverageRate(PeriodLength period, Money fee, long prepaidSeconds, Rollover rollover, HourlyRate overageRate) {
        return new Retainer(period, fee, prepaidSeconds, rollover, Optional.of(overageRate));
    }

    @Override
    public ContractKind kind() {
        return ContractKind.RETAINER;
    }

    @Override
    public Optional<Currency> currency() {
        return Optional.of(fee.currency());
    }

    @Override
    public Optional<PeriodLength> periodLength() {
        return Optional.of(period);
    }
}

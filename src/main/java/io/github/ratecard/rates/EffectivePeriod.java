package io.github.ratecard.rates;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The days a rate or assignment applies: from a first day, to an optional last day (both inclusive). */
public record EffectivePeriod(LocalDate validFrom, LocalDate validTo) {

    public EffectivePeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("validTo", "validTo " + validTo + " is before validFrom " + validFrom, Refusal.of(Refusal.Reason.DATE_ORDER));
        }
    }

    public static EffectivePeriod from(LocalDate validFrom) {
        return new EffectivePeriod(validFrom, null);
    }

    public static EffectivePeriod between(LocalDate validFrom, LocalDate validTo) {
        return new EffectivePeriod(validFrom, validTo);
    }

    public boolean isOpenEnded() {
        return validTo == null;
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(validTo);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(EffectivePeriod other) {
        return (validTo == null || !other.validFrom.isAfter(validTo))
                && (other.validTo == null || !validFrom.isAfter(other.validTo));
    }

    /** The smallest period covering this one and {@code other}. */
    public EffectivePeriod spanWith(EffectivePeriod other) {
        LocalDate first = validFrom.isBefore(other.validFrom) ? validFrom : other.validFrom;
        LocalDate last = validTo == null || other.validTo == null ? null : validTo.isAfter(other.validTo) ? validTo : other.validTo;
        return new EffectivePeriod(first, last);
    }

    /** The same period ending on {@code lastDay}. */
    public EffectivePeriod endingOn(LocalDate lastDay) {
        return new EffectivePeriod(validFrom, lastDay);
    }

    @Override
    public String toString() {
        return validFrom + " – " + (validTo == null ? "open" : validTo.toString());
    }
}

package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** No rate applies: which scopes were tried on which day. Never priced as zero. */
public record MissingRate(RateType type, List<RateScope> lookedFor, LocalDate day) implements RateResolution {

    public MissingRate {
        lookedFor = List.copyOf(lookedFor);
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    public String describe() {
        return "no " + type.name().toLowerCase(java.util.Locale.ROOT) + " rate on " + day + " (looked for: "
                + lookedFor.stream().map(s -> s.kind().label()).collect(Collectors.joining(", ")) + ")";
    }
}

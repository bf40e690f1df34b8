package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What rate resolution reads: the rates of a scope and a user's staff level on a day. */
public interface RateBook {

    /** Every rate of exactly this scope, any period. */
    List<Rate> rates(RateScope scope);

    /** The user's level assignment that covers {@code day}, if any. */
    Optional<LevelAssignment> levelOn(String userKey, LocalDate day);
}

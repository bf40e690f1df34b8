package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What rate resolution reads: the rates of a scope and a user's staff level on a day. */
public interface RateBook {

    /** Every rate of exactly this scope, any period. */
    List<Rate> rates(RateScope scope);

    /** Every level assignment of the user, any period. */
    List<LevelAssignment> assignmentsOf(String userKey);

    /** The user's level assignment that covers {@code day}, if any. */
    default Optional<LevelAssignment> levelOn(String userKey, LocalDate day) {
        for (LevelAssignment assignment : assignmentsOf(userKey)) {
            if (assignment.period().contains(day)) {
                return Optional.of(assignment);
            }
        }
        return Optional.empty();
    }
}

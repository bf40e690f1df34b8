package io.github.ratecard.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * An instalment of a fixed-fee schedule and whether it is due: {@code dueOn} is its date, or the day its milestone was
 * resolved (empty while it is not); {@code termsFrom} names the fixed-fee terms it belongs to.
 */
public record InstalmentStatus(YearMonth termsFrom, Instalment instalment, Optional<LocalDate> dueOn, boolean due) {
}

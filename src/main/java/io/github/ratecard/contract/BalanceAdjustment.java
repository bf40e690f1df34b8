package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A correction of a retainer's balance by hand, the only one there is: {@code seconds} added (positive) or removed
 * (negative) in the period that contains {@code month}, with the reason, who made it and when. Recorded once, never
 * edited; a wrong adjustment is undone by another.
 */
public record BalanceAdjustment(long id, String accountKey, YearMonth month, long seconds, String reason, String author, Instant at) {

    public BalanceAdjustment {
        Objects.requireNonNull(accountKey, "accountKey");
        InvalidInputException.require(month != null, "month", "An adjustment needs the month of its period", Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(seconds != 0, "seconds", "An adjustment must add or remove time", Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(Math.abs(seconds) <= ContractLimits.ADJUSTMENT_HOURS * ContractLimits.SECONDS_PER_HOUR, "seconds",
                "An adjustment may add or remove at most " + ContractLimits.ADJUSTMENT_HOURS + " hours",
                Refusal.of(Refusal.Reason.AT_MOST, ContractLimits.ADJUSTMENT_HOURS));
        reason = ContractLimits.requireText(reason, ContractLimits.ADJUSTMENT_REASON, "reason", "An adjustment's reason");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /** The adjustment before the store gives it an id. */
    public static BalanceAdjustment unsaved(String accountKey, YearMonth month, long seconds, String reason, String author, Instant at) {
        return new BalanceAdjustment(0, accountKey, month, seconds, reason, author, at);
    }

    public BalanceAdjustment withId(long newId) {
        return new BalanceAdjustment(newId, accountKey, month, seconds, reason, author, at);
    }
}

package io.github.ratecard.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The logged work a change to the rate card may price differently: optionally narrowed to one
 * project, one account, some users and a range of work days (both ends inclusive, either open).
 * An empty user set means every user.
 */
public record AffectedWork(String reason, Long projectId, String accountKey, Set<String> userKeys, LocalDate from, LocalDate to) {

    public AffectedWork {
        Objects.requireNonNull(reason, "reason");
        userKeys = userKeys == null ? Set.of() : Set.copyOf(userKeys);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Affected work ends " + to + " before it starts " + from);
        }
    }

    public static AffectedWork everything(String reason) {
        return new AffectedWork(reason, null, null, Set.of(), null, null);
    }

    public static AffectedWork ofProject(String reason, long projectId) {
        return new AffectedWork(reason, projectId, null, Set.of(), null, null);
    }

    public static AffectedWork ofAccount(String reason, String accountKey) {
        return new AffectedWork(reason, null, accountKey, Set.of(), null, null);
    }

    public AffectedWork forUsers(Set<String> users) {
        return new AffectedWork(reason, projectId, accountKey, users, from, to);
    }

    public AffectedWork between(LocalDate first, LocalDate last) {
        return new AffectedWork(reason, projectId, accountKey, userKeys, first, last);
    }

    public Optional<LocalDate> fromDay() {
        return Optional.ofNullable(from);
    }

    public Optional<LocalDate> toDay() {
        return Optional.ofNullable(to);
    }
}

package io.github.ratecard.billing;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the Account and Billable fields accept as typed or sent by a user, before the issue is
 * known: blank is the empty field; an account must exist and be OPEN; Billable is one of its two
 * options. Whether the account is linked to the issue's project is checked when the value is set
 * ({@link AccountChoice#require}).
 */
public final class IssueFieldValues {

    private IssueFieldValues() {
    }

    /** The account key for the Account field, or empty; a clear error (field "account") otherwise. */
    public static Optional<String> account(String raw, Function<String, Optional<ClientAccount>> accounts) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String key = raw.trim();
        ClientAccount account = accounts.apply(key)
                .orElseThrow(() -> new InvalidInputException("account", "No account " + key));
        InvalidInputException.require(account.status() == AccountStatus.OPEN, "account",
                "Account " + key + " is " + account.status().name().toLowerCase(java.util.Locale.ROOT) + ", work cannot bill to it");
        return Optional.of(key);
    }

    /** The label the Billable field stores ("Billable" or "Non-billable"), or empty; a clear error otherwise. */
    public static Optional<String> billable(String raw) {
        return BillableChoice.parse(raw, "billable").map(BillableChoice::label);
    }
}

package io.github.ratecard.billing;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the Account and Billable fields accept as typed or sent, before the issue is known: blank
 * is the empty field; an account must exist; Billable is one of its two options. Whether a changed
 * account is open and linked to the issue's project is checked with the issue
 * ({@link AccountChoice#require}); a value kept as it was stays valid when its account closes.
 */
public final class IssueFieldValues {

    private IssueFieldValues() {
    }

    /** The account key for the Account field, or empty; a clear error (field "account") for an unknown account. */
    public static Optional<String> account(String raw, Function<String, Optional<ClientAccount>> accounts) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String key = raw.trim();
        InvalidInputException.require(accounts.apply(key).isPresent(), "account", "No account " + key);
        return Optional.of(key);
    }

    /** The label the Billable field stores ("Billable" or "Non-billable"), or empty; a clear error otherwise. */
    public static Optional<String> billable(String raw) {
        return BillableChoice.parse(raw, "billable").map(BillableChoice::label);
    }
}

package io.github.ratecard.billing;

import java.util.Optional;

/**
 * How a piece of work bills: to which account (null when there is none) and why, whether it is
 * billable and why, and the billed seconds (zero when not billable). {@code fieldAccountIgnored}:
 * the Account names an account not linked to the work's project, so it was passed over.
 */
public record WorkBilling(ClientAccount account, BillingSource accountSource, boolean billable, BillingSource billableSource,
                          long billedSeconds, boolean billedTimeOverridden, boolean fieldAccountIgnored) {

    public Optional<ClientAccount> accountIfAny() {
        return Optional.ofNullable(account);
    }
}

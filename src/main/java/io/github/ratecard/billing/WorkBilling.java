package io.github.ratecard.billing;

import java.util.Optional;

/**
 * How a piece of work bills: to which account (null when there is none) and why, whether it is
 * billable and why, and the billed seconds (zero when not billable).
 */
public record WorkBilling(ClientAccount account, BillingSource accountSource, boolean billable, BillingSource billableSource,
                          long billedSeconds, boolean billedTimeOverridden) {

    public Optional<ClientAccount> accountIfAny() {
        return Optional.ofNullable(account);
    }
}

package io.github.ratecard.contract;

/** How a client pays for work under a contract's terms. */
public enum ContractKind {
    /** Hours × rate from the rate card: what every account without a contract does. */
    TIME_AND_MATERIALS,
    /** A fee per period for prepaid hours; hours beyond the balance bill as overage. */
    RETAINER,
    /** A schedule of amounts due by date or by milestone; time is priced for cost and margin but bills nothing. */
    FIXED_FEE,
    /** Time and materials up to a not-to-exceed amount; work beyond it is written off. */
    CAP
}

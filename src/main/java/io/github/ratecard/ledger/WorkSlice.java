package io.github.ratecard.ledger;

/**
 * The live ledger entries of one issue, author and account (with its bill currency) in a range of
 * days, added up: worked and billed seconds, cost (base currency) and bill in minor units, how
 * many entries and how many of them lack a price. Budgets break their spending down from these.
 */
public record WorkSlice(long issueId, String authorKey, String accountKey, String billCurrency, long workedSeconds, long billedSeconds,
                        long costMinor, long billMinor, long entries, long unpriced) {

    public WorkSlice plus(WorkSlice other) {
        return new WorkSlice(issueId, authorKey, accountKey, billCurrency, workedSeconds + other.workedSeconds,
                billedSeconds + other.billedSeconds, costMinor + other.costMinor, billMinor + other.billMinor, entries + other.entries,
                unpriced + other.unpriced);
    }
}

package io.github.ratecard.budget;

import java.time.LocalDate;

/**
 * The priced work on one day of one project (null for an account's figures, which are not kept per
 * project) and one account (null: none), as the ledger's daily rollups add it up: worked and billed seconds, cost in the base currency and bill in
 * {@code billCurrency} (minor units), and how many entries lack a price.
 */
public record LabourDay(LocalDate day, String projectKey, String accountKey, String billCurrency, long workedSeconds, long billedSeconds,
                        long costMinor, long billMinor, long entries, long unpriced) {
}

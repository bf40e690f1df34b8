package io.github.ratecard.insight.utilisation;

import java.time.YearMonth;

/** What one person logged in one month, on all projects: worked seconds, and those of billable work. */
public record LoggedMonth(String userKey, YearMonth month, long loggedSeconds, long billableSeconds) {
}

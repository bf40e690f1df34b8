package io.github.ratecard.insight.utilisation;

import java.time.YearMonth;

/** What one person logged on one project in one month: worked seconds, and those of billable work. */
public record LoggedMonth(String userKey, long projectId, YearMonth month, long loggedSeconds, long billableSeconds) {
}

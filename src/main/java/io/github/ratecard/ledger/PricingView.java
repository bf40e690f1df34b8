package io.github.ratecard.ledger;

import io.github.ratecard.rates.RateTimelines;

/**
 * What pricing reads: the rate card (as timelines), each issue's account and the reporting
 * calendar. A view reads each part once and keeps it; a change made after that is caught up with
 * by the re-pricing the change asks for.
 */
public record PricingView(RateTimelines rates, BillingContext billing, ReportingCalendar calendar) {
}

package io.github.ratecard.insight.margin;

import java.time.Instant;

/** A profitability report with the moment its figures were computed, and whether it is a kept snapshot rather than computed for this request. */
public record MarginAnswer(MarginReport report, Instant computedAt, boolean snapshot) {
}

package io.github.ratecard.insight.margin;

import java.time.Instant;
import java.util.Objects;

/** A profitability report as it was computed at {@code computedAt}. */
public record MarginSnapshot(MarginReport report, Instant computedAt) {

    public MarginSnapshot {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(computedAt, "computedAt");
    }
}

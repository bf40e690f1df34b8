package io.github.ratecard.insight.margin;

import java.time.Instant;
import java.util.Objects;

/** A profitability report as it was computed at {@code computedAt}; {@code askedAt}: when a viewer last asked for it. */
public record MarginSnapshot(MarginReport report, Instant computedAt, Instant askedAt) {

    public MarginSnapshot {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(askedAt, "askedAt");
    }

    /** A report computed because a viewer asked for it at that moment. */
    public MarginSnapshot(MarginReport report, Instant computedAt) {
        this(report, computedAt, computedAt);
    }
}

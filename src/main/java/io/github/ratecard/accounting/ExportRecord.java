package io.github.ratecard.accounting;

import io.github.ratecard.domain.DateRange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One accounting export as it was made: when, by whom, in which format, for which period, with which documents. */
public record ExportRecord(long id, Instant at, String by, ExportFormat format, DateRange period, List<ExportedDocument> documents) {

    public ExportRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(period, "period");
        documents = List.copyOf(documents);
    }
}
